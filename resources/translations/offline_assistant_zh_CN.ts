<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>{model} runs {where} ({offload}); CPU kernels: {kernels}.</source>
        <translation>{model} 运行于{where}（{offload}）；CPU 内核：{kernels}。</translation>
    </message>
    <message>
        <source>Small language models on your own computer. Nothing leaves this machine.</source>
        <translation>在您自己的电脑上运行的小型语言模型。任何数据都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>About Offline Assistant</source>
        <translation>关于 Offline Assistant</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>回答为空。</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>回答：{answer}</translation>
    </message>
    <message numerus="yes">
        <source>Answer finished, %n words: {start}…</source>
        <translation>
            <numerusform>回答完成，共 %n 个词：{start}…</numerusform>
        </translation>
    </message>
    <message>
        <source>The API server could not start (details in the log).</source>
        <translation>API 服务器无法启动（详情见日志）。</translation>
    </message>
    <message>
        <source>The API server is an optional part: install offline-assistant[server].</source>
        <translation>API 服务器是可选组件：请安装 offline-assistant[server]。</translation>
    </message>
    <message>
        <source>The API server could not start: {error}</source>
        <translation>API 服务器无法启动：{error}</translation>
    </message>
    <message>
        <source>Something went wrong (details in the log).</source>
        <translation>出了点问题（详情见日志）。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly. Your next message will restart it.</source>
        <translation>模型意外停止。您的下一条消息会重新启动它。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>代码已复制</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Answer from documents</source>
        <translation>根据文档回答</translation>
    </message>
    <message>
        <source>Choose document collections this chat answers from</source>
        <translation>选择此对话用于回答的文档集</translation>
    </message>
    <message>
        <source>Manage documents…</source>
        <translation>管理文档…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Documents: {names}</source>
        <translation>文档：{names}</translation>
    </message>
    <message>
        <source>Answers cite {names}</source>
        <translation>回答引用 {names}</translation>
    </message>
    <message>
        <source>No documents chosen</source>
        <translation>未选择文档</translation>
    </message>
    <message>
        <source>all-MiniLM-L6-v2 (built-in)</source>
        <translation>all-MiniLM-L6-v2（内置）</translation>
    </message>
    <message>
        <source>Documents now use {model}: each collection is indexed again at its next sync.</source>
        <translation>文档现在使用 {model}：每个文档集会在下次同步时重新建立索引。</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>转写稿</translation>
    </message>
    <message>
        <source>Add to a collection</source>
        <translation>添加到文档集</translation>
    </message>
    <message>
        <source>The collection to add the transcript of {file} to (or a new name):</source>
        <translation>要添加 {file} 转写稿的文档集（或新名称）：</translation>
    </message>
    <message>
        <source>The transcript could not be saved: {error}</source>
        <translation>无法保存转写稿：{error}</translation>
    </message>
    <message>
        <source>Indexing failed (details in the log).</source>
        <translation>建立索引失败（详情见日志）。</translation>
    </message>
    <message>
        <source>Indexing stopped.</source>
        <translation>索引已停止。</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>已索引</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} / %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} passages/s</source>
        <translation>{rate} 段/秒</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>剩余约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>剩余约 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新建文档集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the collection&apos;s index (not your files)</source>
        <translation>删除文档集的索引（不会删除您的文件）</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>The model that turns passages into vectors; another one indexes every collection again</source>
        <translation>将段落转换为向量的模型；更换模型会重新索引所有文档集</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>嵌入模型：</translation>
    </message>
    <message>
        <source>Folders and files in the collection</source>
        <translation>文档集中的文件夹和文件</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen folders or files from the collection</source>
        <translation>从文档集中移除所选的文件夹或文件</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Index new and changed files, drop deleted ones</source>
        <translation>索引新增和更改的文件，移除已删除的文件</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Indexing figures</source>
        <translation>索引统计</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Files and their status</source>
        <translation>文件及其状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Create a collection, then add folders or files to it (or drop them here). Their text is indexed on this computer; pick the collection by the message box to ask questions about it.</source>
        <translation>创建一个文档集，然后向其中添加文件夹或文件（或将它们拖放到这里）。文本会在这台电脑上建立索引；在消息框旁选择该文档集即可就其内容提问。</translation>
    </message>
    <message>
        <source>cut short; indexed again by the next sync</source>
        <translation>已中断；下次同步时会重新索引</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>正在查找新增和更改的文件…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建文档集</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>文档集名称：</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>向文档集添加文件夹</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>向文档集添加文件</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Message the assistant…</source>
        <translation>给助手发消息…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Let the model reason before it answers: slower, often better on hard questions</source>
        <translation>让模型先推理再回答：速度较慢，但对难题通常更好</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>回答前先思考</translation>
    </message>
    <message>
        <source>Attach a document to summarize</source>
        <translation>附加要总结的文档</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation>{variable}：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.jsonl *.zip);;All files (*)</source>
        <translation>对话导出文件 (*.json *.jsonl *.zip);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chats from {file}.</source>
        <translation>
            <numerusform>已从 {file} 导入 %n 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>置顶 / 取消置顶</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted — the app or model stopped before the answer finished</source>
        <translation>已中断——应用或模型在回答完成前停止</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remember…</source>
        <translation>记住…</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} 词元/秒</translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted kept</source>
        <translation>草拟的 {drafted} 个词元中保留了 {kept} 个</translation>
    </message>
    <message numerus="yes">
        <source>%n memories used</source>
        <translation>
            <numerusform>使用了 %n 条记忆</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm)</source>
        <translation>文档 (*.txt *.md *.pdf *.docx *.html *.htm)</translation>
    </message>
    <message>
        <source>Summarize a document</source>
        <translation>总结文档</translation>
    </message>
    <message>
        <source>Wait for the model to be ready before summarizing a document.</source>
        <translation>请等待模型就绪后再总结文档。</translation>
    </message>
    <message>
        <source>Documents are summarized by a model on this computer: pick one in the Models menu first.</source>
        <translation>文档由这台电脑上的模型总结：请先在“模型”菜单中选择一个模型。</translation>
    </message>
    <message>
        <source>Summarizing {file}… (Esc stops)</source>
        <translation>正在总结 {file}…（按 Esc 停止）</translation>
    </message>
    <message>
        <source>{file}: summarizing part {done} of {total}… (Esc stops)</source>
        <translation>{file}：正在总结第 {done} / {total} 部分…（按 Esc 停止）</translation>
    </message>
    <message>
        <source>{file}: combining, step {done} of {total}… (Esc stops)</source>
        <translation>{file}：正在合并，第 {done} / {total} 步…（按 Esc 停止）</translation>
    </message>
    <message>
        <source>Stopped: the summary holds the parts that were finished.</source>
        <translation>已停止：摘要包含已完成的部分。</translation>
    </message>
    <message>
        <source>Speech recognition · about {size}</source>
        <translation>语音识别 · 约 {size}</translation>
    </message>
    <message>
        <source>Voice · about {size}</source>
        <translation>语音 · 约 {size}</translation>
    </message>
    <message>
        <source>{params}B parameters · about {size}</source>
        <translation>{params}B 参数 · 约 {size}</translation>
    </message>
    <message>
        <source>Good at: {things}</source>
        <translation>擅长：{things}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>下载 {model}</translation>
    </message>
    <message>
        <source>Download of {model}</source>
        <translation>{model} 的下载</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>⚙ Called `{tool}` with {arguments}</source>
        <translation>⚙ 已调用 `{tool}`，参数 {arguments}</translation>
    </message>
    <message>
        <source>not run: declined</source>
        <translation>未运行：已拒绝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}).</source>
        <translation>正在下载 {name}（{size}）。</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>一个模型</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Download finished; the model is in the Models menu.</source>
        <translation>下载完成；模型已在“模型”菜单中。</translation>
    </message>
    <message>
        <source>Download of {name} finished.</source>
        <translation>{name} 下载完成。</translation>
    </message>
    <message>
        <source>Download of {name} failed: {error}</source>
        <translation>{name} 下载失败：{error}</translation>
    </message>
    <message>
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>用三句话解释彩虹是如何形成的。</translation>
    </message>
    <message>
        <source>Write a polite reply declining a meeting invitation.</source>
        <translation>写一封礼貌的回信，婉拒会议邀请。</translation>
    </message>
    <message>
        <source>Give me five names for a bakery.</source>
        <translation>给我五个面包店的名字。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Offline Assistant&lt;/h2&gt;&lt;p&gt;There is no model on this computer yet. A model is a file the assistant thinks with; small ones are 100 MB to 2 GB.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;Browse recommended models&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;Import a GGUF file you have&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Offline Assistant&lt;/h2&gt;&lt;p&gt;这台电脑上还没有模型。模型是助手用来思考的文件；小模型大小在 100 MB 到 2 GB 之间。&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;浏览推荐的模型&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;导入已有的 GGUF 文件&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>answers come from {server}</source>
        <translation>回答来自 {server}</translation>
    </message>
    <message>
        <source>everything stays on this computer</source>
        <translation>所有数据都留在这台电脑上</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>有什么可以帮您？</translation>
    </message>
    <message>
        <source>Model: {model} · {where}</source>
        <translation>模型：{model} · {where}</translation>
    </message>
    <message>
        <source>Pick an example to start from, or type below.</source>
        <translation>选择一个示例开始，或在下方输入。</translation>
    </message>
    <message>
        <source>The model could not be loaded (details in the log).</source>
        <translation>无法加载模型（详情见日志）。</translation>
    </message>
    <message>
        <source>The server could not be used (details in the log).</source>
        <translation>无法使用该服务器（详情见日志）。</translation>
    </message>
    <message>
        <source>Loading the model was cancelled; the previous model is still in use.</source>
        <translation>已取消加载模型；仍在使用之前的模型。</translation>
    </message>
    <message>
        <source>Loading the model was cancelled.</source>
        <translation>已取消加载模型。</translation>
    </message>
    <message>
        <source>The summary failed (details in the log).</source>
        <translation>总结失败（详情见日志）。</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>可运行</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <source>needs about {need} GiB; {free} GiB free</source>
        <translation>约需 {need} GiB；可用 {free} GiB</translation>
    </message>
    <message>
        <source>needs about {need} GiB; close other apps first</source>
        <translation>约需 {need} GiB；请先关闭其他应用</translation>
    </message>
    <message>
        <source>needs about {need} GiB; this computer has {total}</source>
        <translation>约需 {need} GiB；这台电脑只有 {total}</translation>
    </message>
    <message>
        <source>; not enough free disk ({free} GiB free)</source>
        <translation>；磁盘空间不足（可用 {free} GiB）</translation>
    </message>
    <message>
        <source>Offline Assistant</source>
        <translation>Offline Assistant</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话内容</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;private chat</source>
        <translation>新建私密对话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Summarize document…</source>
        <translation>总结文档(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>文档(&amp;D)…</translation>
    </message>
    <message>
        <source>T&amp;ranscribe audio or video…</source>
        <translation>转写音频或视频(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Voice mode</source>
        <translation>语音模式(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>T&amp;ools…</source>
        <translation>工具(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in chats</source>
        <translation>在对话中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Find (alternate)</source>
        <translation>查找（备用快捷键）</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>复制最后一条回答</translation>
    </message>
    <message>
        <source>&amp;Memory…</source>
        <translation>记忆(&amp;M)…</translation>
    </message>
    <message>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Toggle sidebar</source>
        <translation>显示/隐藏侧边栏</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Offline Assistant stopped unexpectedly last time. &lt;a href=&apos;crash&apos;&gt;Show the crash report&lt;/a&gt; (it stays on this computer).</source>
        <translation>Offline Assistant 上次意外退出。&lt;a href=&apos;crash&apos;&gt;查看崩溃报告&lt;/a&gt;（报告只保存在这台电脑上）。</translation>
    </message>
    <message>
        <source>{model} runs on the CPU: {reason}.</source>
        <translation>{model} 在 CPU 上运行：{reason}。</translation>
    </message>
    <message>
        <source>The transcript is ready to ask about. &lt;a href=&apos;transcript:{cid}&apos;&gt;Add it to a document collection…&lt;/a&gt;</source>
        <translation>转写稿已就绪，可以提问。&lt;a href=&apos;transcript:{cid}&apos;&gt;添加到文档集…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>对话已删除</translation>
    </message>
    <message>
        <source>Chat deleted. &lt;a href=&apos;undo&apos;&gt;Undo&lt;/a&gt;</source>
        <translation>对话已删除。&lt;a href=&apos;undo&apos;&gt;撤销&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>上一个回答</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>下一个回答</translation>
    </message>
    <message>
        <source>Copy code block {n}</source>
        <translation>复制代码块 {n}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>{who}: {text}</source>
        <translation>{who}：{text}</translation>
    </message>
    <message numerus="yes">
        <source>copy one of %n code blocks</source>
        <translation>
            <numerusform>复制 %n 个代码块之一</numerusform>
        </translation>
    </message>
    <message>
        <source>Menu key: {actions}</source>
        <translation>菜单键：{actions}</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it) before switching models.</source>
        <translation>请等待回答完成（或停止回答）后再切换模型。</translation>
    </message>
    <message>
        <source>This chat used {model}. &lt;a href=&apos;{link}&apos;&gt;Switch back&lt;/a&gt;</source>
        <translation>此对话使用的是 {model}。&lt;a href=&apos;{link}&apos;&gt;切换回去&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>搜索 Hub</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Find other apps&apos; models</source>
        <translation>查找其他应用的模型</translation>
    </message>
    <message>
        <source>Show on disk</source>
        <translation>在磁盘上显示</translation>
    </message>
    <message>
        <source>{architecture} · LoRA adapter</source>
        <translation>{architecture} · LoRA 适配器</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>正在查找其他应用下载的模型…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n, used where they are: {names}.</source>
        <translation>
            <numerusform>找到 %n 个，直接在原位置使用：{names}。</numerusform>
        </translation>
    </message>
    <message>
        <source>No models from other apps were found.</source>
        <translation>未找到其他应用的模型。</translation>
    </message>
    <message>
        <source>Select a model first.</source>
        <translation>请先选择一个模型。</translation>
    </message>
    <message>
        <source>Saved. {model} is loaded again with them.</source>
        <translation>已保存。{model} 将使用这些设置重新加载。</translation>
    </message>
    <message>
        <source>Saved; they apply the next time {model} is loaded.</source>
        <translation>已保存；下次加载 {model} 时生效。</translation>
    </message>
    <message>
        <source>Saved; they apply from the next answer.</source>
        <translation>已保存；从下一个回答开始生效。</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete {model}?</source>
        <translation>删除 {model}？</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>推荐的模型</translation>
    </message>
    <message>
        <source> (embedding model)</source>
        <translation>（嵌入模型）</translation>
    </message>
    <message>
        <source>Asking the Hub for the files of {repo}…</source>
        <translation>正在向 Hub 查询 {repo} 的文件…</translation>
    </message>
    <message>
        <source>find, download and manage models</source>
        <translation>查找、下载和管理模型</translation>
    </message>
    <message>
        <source>models you can use</source>
        <translation>可用的模型</translation>
    </message>
    <message>
        <source>recommended models</source>
        <translation>推荐的模型</translation>
    </message>
    <message>
        <source>search the Hugging Face Hub for GGUF models</source>
        <translation>在 Hugging Face Hub 上搜索 GGUF 模型</translation>
    </message>
    <message>
        <source>the GGUF files of a repository</source>
        <translation>仓库中的 GGUF 文件</translation>
    </message>
    <message>
        <source>download a model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <source>pick the file by quantization, e.g. Q4_K_M</source>
        <translation>按量化方式选择文件，例如 Q4_K_M</translation>
    </message>
    <message>
        <source>queued, paused and failed downloads</source>
        <translation>排队、暂停和失败的下载</translation>
    </message>
    <message>
        <source>pause a download</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <source>resume a download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <source>cancel a download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>add a GGUF file you already have</source>
        <translation>添加已有的 GGUF 文件</translation>
    </message>
    <message>
        <source>use it where it is, do not copy</source>
        <translation>在原位置使用，不复制</translation>
    </message>
    <message>
        <source>find GGUFs other apps downloaded</source>
        <translation>查找其他应用下载的 GGUF</translation>
    </message>
    <message>
        <source>delete a model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>不询问</translation>
    </message>
    <message>
        <source>make a model the default</source>
        <translation>设为默认模型</translation>
    </message>
    <message>
        <source>facts from a model&apos;s GGUF header</source>
        <translation>模型 GGUF 文件头中的信息</translation>
    </message>
    <message>
        <source>a model&apos;s own settings, e.g. context_length=8192 temperature=0.6</source>
        <translation>模型自己的设置，例如 context_length=8192 temperature=0.6</translation>
    </message>
    <message>
        <source>keys: {join}; KEY= unsets one; none: show them</source>
        <translation>键：{join}；KEY= 取消某项；不指定：显示全部</translation>
    </message>
    <message>
        <source>use a model on an OpenAI-compatible server (llama-server…)</source>
        <translation>使用兼容 OpenAI 的服务器上的模型（llama-server…）</translation>
    </message>
    <message>
        <source>the name to use it by, e.g. with ask --model</source>
        <translation>使用时的名称，例如配合 ask --model</translation>
    </message>
    <message>
        <source>the server&apos;s base URL, e.g. http://192.168.1.20:8080/v1</source>
        <translation>服务器的基础 URL，例如 http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <source>the server&apos;s API key, if it needs one</source>
        <translation>服务器的 API 密钥（如需要）</translation>
    </message>
    <message>
        <source>the server&apos;s model id (its first by default)</source>
        <translation>服务器上的模型 ID（默认第一个）</translation>
    </message>
    <message>
        <source>forget a remote model</source>
        <translation>移除远程模型</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} 中没有名为 {file} 的 GGUF 文件。</translation>
    </message>
    <message>
        <source>{repo} has no {quant} file. Available: {have}.</source>
        <translation>{repo} 没有 {quant} 文件。可用：{have}。</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files.</source>
        <translation>{repo} 没有 GGUF 文件。</translation>
    </message>
    <message>
        <source>Paused. Resume with: assistant models resume {job_id}</source>
        <translation>已暂停。继续下载：assistant models resume {job_id}</translation>
    </message>
    <message>
        <source>Downloaded {name}. Use it with: assistant models use {stem}</source>
        <translation>已下载 {name}。使用方法：assistant models use {stem}</translation>
    </message>
    <message>
        <source>LoRA adapters (--adapter NAME[@SCALE], or `models set MODEL adapters=…`):</source>
        <translation>LoRA 适配器（--adapter 名称[@强度]，或 `models set 模型 adapters=…`）：</translation>
    </message>
    <message>
        <source>These apply the next time the model is loaded.</source>
        <translation>这些设置在下次加载模型时生效。</translation>
    </message>
    <message>
        <source>Default model: {name}</source>
        <translation>默认模型：{name}</translation>
    </message>
    <message>
        <source>Added {name} ({size_bytes}).</source>
        <translation>已添加 {name}（{size_bytes}）。</translation>
    </message>
    <message>
        <source>Found {name} ({size_bytes}) at {path}</source>
        <translation>在 {path} 找到 {name}（{size_bytes}）</translation>
    </message>
    <message numerus="yes">
        <source>%n new models registered.</source>
        <translation>
            <numerusform>已登记 %n 个新模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>No new GGUF files found.</source>
        <translation>未找到新的 GGUF 文件。</translation>
    </message>
    <message>
        <source>Delete {name} ({size_bytes})? [y/N] </source>
        <translation>删除 {name}（{size_bytes}）？[y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>No GGUF repositories found.</source>
        <translation>未找到 GGUF 仓库。</translation>
    </message>
    <message>
        <source>Not enough free disk for {name}: {reason}.</source>
        <translation>磁盘空间不足，无法保存 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name}: {size}, {label} ({reason})</source>
        <translation>{name}：{size}，{label}（{reason}）</translation>
    </message>
    <message>
        <source>No downloads.</source>
        <translation>没有下载。</translation>
    </message>
    <message>
        <source>Paused {id}.</source>
        <translation>已暂停 {id}。</translation>
    </message>
    <message>
        <source>Cancelled {id}; its partial data was deleted.</source>
        <translation>已取消 {id}；已删除其部分数据。</translation>
    </message>
    <message>
        <source>No remote model named &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的远程模型。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <source>A local model is already called &apos;{name}&apos;; pick another name.</source>
        <translation>已有本地模型名为“{name}”；请换一个名称。</translation>
    </message>
    <message>
        <source>, context {context} tokens</source>
        <translation>，上下文 {context} 个词元</translation>
    </message>
    <message>
        <source>Added {name}: {model_id} at {url}{context}.</source>
        <translation>已添加 {name}：{url} 上的 {model_id}{context}。</translation>
    </message>
    <message>
        <source>No GGUF file</source>
        <translation>没有 GGUF 文件</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Search GGUF models, e.g. qwen 1.5b</source>
        <translation>搜索 GGUF 模型，例如 qwen 1.5b</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>仓库中的文件</translation>
    </message>
    <message>
        <source>Download selected file</source>
        <translation>下载所选文件</translation>
    </message>
    <message>
        <source>Searching the Hub…</source>
        <translation>正在搜索 Hub…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories.</source>
        <translation>
            <numerusform>%n 个仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到结果。</translation>
    </message>
    <message numerus="yes">
        <source> (%n parts)</source>
        <translation>
            <numerusform>（%n 个部分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Settings of {model}</source>
        <translation>{model} 的设置</translation>
    </message>
    <message>
        <source>What this model was taught</source>
        <translation>此模型学过的内容</translation>
    </message>
    <message>
        <source>default ({value})</source>
        <translation>默认（{value}）</translation>
    </message>
    <message>
        <source>The preset&apos;s (Chat: a helpful assistant)</source>
        <translation>使用预设的（对话：一个乐于助人的助手）</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>none (installed for it: {names})</source>
        <translation>无（已为其安装：{names}）</translation>
    </message>
    <message>
        <source>none (no adapter for this model is installed)</source>
        <translation>无（未安装适用于此模型的适配器）</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>LoRA 适配器</translation>
    </message>
    <message>
        <source>Chat template in use</source>
        <translation>正在使用的对话模板</translation>
    </message>
    <message>
        <source>Reading the model&apos;s chat template…</source>
        <translation>正在读取模型的对话模板…</translation>
    </message>
    <message>
        <source>Use a file…</source>
        <translation>使用文件…</translation>
    </message>
    <message>
        <source>Use the model&apos;s own</source>
        <translation>使用模型自带的</translation>
    </message>
    <message>
        <source>From {path}</source>
        <translation>来自 {path}</translation>
    </message>
    <message>
        <source>The model&apos;s own</source>
        <translation>模型自带的</translation>
    </message>
    <message>
        <source>(none: this model cannot chat)</source>
        <translation>（无：此模型不能对话）</translation>
    </message>
    <message>
        <source>Jinja templates (*.jinja *.j2 *.txt);;All files (*)</source>
        <translation>Jinja 模板 (*.jinja *.j2 *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>{name} (remote)</source>
        <translation>{name}（远程）</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>导入 GGUF…</translation>
    </message>
    <message>
        <source>Teach a model…</source>
        <translation>训练模型…</translation>
    </message>
    <message>
        <source>Add remote server…</source>
        <translation>添加远程服务器…</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>显示模型文件夹</translation>
    </message>
    <message>
        <source>Local API server (OpenAI-compatible)</source>
        <translation>本地 API 服务器（兼容 OpenAI）</translation>
    </message>
    <message>
        <source>Add a remote server</source>
        <translation>添加远程服务器</translation>
    </message>
    <message>
        <source>Use a model served by llama.cpp&apos;s llama-server, Ollama, vLLM or another computer running Offline Assistant. Your messages will be sent to this address.</source>
        <translation>使用由 llama.cpp 的 llama-server、Ollama、vLLM 或另一台运行 Offline Assistant 的电脑提供的模型。您的消息将发送到此地址。</translation>
    </message>
    <message>
        <source>e.g. Workstation</source>
        <translation>例如：工作站</translation>
    </message>
    <message>
        <source>only if the server needs one</source>
        <translation>仅在服务器需要时填写</translation>
    </message>
    <message>
        <source>the server&apos;s first model</source>
        <translation>服务器的第一个模型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>A local model already has this name.</source>
        <translation>已有本地模型使用此名称。</translation>
    </message>
    <message>
        <source>The URL starts with http:// or https://.</source>
        <translation>URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic ({n})</source>
        <translation>自动（{n}）</translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation>{n} 个词元</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>How many answers the model writes at the same time (this window&apos;s, the local API&apos;s, a summary&apos;s parts). Each needs memory for a whole context.</source>
        <translation>模型同时撰写的回答数（本窗口的、本地 API 的、摘要的各部分）。每个回答都需要一整个上下文的内存。</translation>
    </message>
    <message>
        <source>Answers at once</source>
        <translation>同时回答数</translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation>尽可能多</translation>
    </message>
    <message>
        <source>Layers of the model on the GPU ({gpus}); 0 keeps it on the CPU.</source>
        <translation>放在 GPU 上的模型层数（{gpus}）；0 表示只用 CPU。</translation>
    </message>
    <message>
        <source>No GPU was found: models run on the CPU</source>
        <translation>未找到 GPU：模型在 CPU 上运行</translation>
    </message>
    <message>
        <source>Draft from the input (faster rewrites, same answers)</source>
        <translation>根据输入草拟（改写更快，回答不变）</translation>
    </message>
    <message>
        <source>Speculative decoding: when an answer repeats text from the prompt (proofreading, rewriting, extracting, editing code), several tokens are checked at once.</source>
        <translation>推测解码：当回答重复提示中的文本时（校对、改写、提取、修改代码），一次验证多个词元。</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>推测解码</translation>
    </message>
    <message>
        <source>Resume cache</source>
        <translation>续接缓存</translation>
    </message>
    <message>
        <source>First available</source>
        <translation>第一个可用的</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Default preset</source>
        <translation>默认预设</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the models folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Enter 发送，Enter 换行</translation>
    </message>
    <message>
        <source>Send with</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language shows when the app starts again.</source>
        <translation>新语言将在应用下次启动时生效。</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name}（内置）</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>语音模型</translation>
    </message>
    <message>
        <source> (English only)</source>
        <translation>（仅英语）</translation>
    </message>
    <message>
        <source>Writes down dictation, voice mode and recordings; more in the model manager.</source>
        <translation>用于听写、语音模式和录音转写；模型管理器中有更多。</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>口语语言</translation>
    </message>
    <message>
        <source>Recognised automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Send a dictation when I stop speaking</source>
        <translation>停止说话后自动发送听写</translation>
    </message>
    <message>
        <source>Read answers aloud as they are written</source>
        <translation>在回答生成时朗读</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Tools and MCP servers…</source>
        <translation>工具和 MCP 服务器…</translation>
    </message>
    <message>
        <source>The tools models may call, your MCP servers, what runs unasked</source>
        <translation>模型可调用的工具、您的 MCP 服务器、无需询问即可运行的内容</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Going back to a chat (after another chat, a model switch or a restart) continues from its saved state instead of reading the whole chat again. Saved states are kept on disk up to this size; Off keeps them in memory only.</source>
        <translation>返回某个对话时（在切换对话、切换模型或重启之后），会从保存的状态继续，而不必重新读取整个对话。保存的状态在磁盘上最多占用这么多空间；选择“关闭”则只保存在内存中。</translation>
    </message>
    <message>
        <source>Resume cache size on disk</source>
        <translation>续接缓存的磁盘占用上限</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete every saved conversation state</source>
        <translation>删除所有已保存的对话状态</translation>
    </message>
    <message>
        <source>Clear the resume cache</source>
        <translation>清除续接缓存</translation>
    </message>
    <message>
        <source>{size} MB in use</source>
        <translation>已使用 {size} MB</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>来源段落</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>该文件已不存在</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>Stop loading this model and keep the one in use</source>
        <translation>停止加载此模型，继续使用当前模型</translation>
    </message>
    <message>
        <source>Cancel loading the model</source>
        <translation>取消加载模型</translation>
    </message>
    <message>
        <source>Local API server address</source>
        <translation>本地 API 服务器地址</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Only the model manager uses the network, and only when you ask it to.</source>
        <translation>任何数据都不会离开这台电脑。只有模型管理器会使用网络，而且只在您要求时。</translation>
    </message>
    <message>
        <source>● Remote: {host}</source>
        <translation>● 远程：{host}</translation>
    </message>
    <message>
        <source>Remote model at {host}</source>
        <translation>位于 {host} 的远程模型</translation>
    </message>
    <message>
        <source>Your messages go to {server}, the server you added. Pick a local model to be offline again.</source>
        <translation>您的消息会发送到您添加的服务器 {server}。选择本地模型即可恢复离线。</translation>
    </message>
    <message numerus="yes">
        <source>context %n tokens</source>
        <translation>
            <numerusform>上下文 %n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <source>context size not reported</source>
        <translation>未报告上下文大小</translation>
    </message>
    <message>
        <source>context {used}/{size}</source>
        <translation>上下文 {used}/{size}</translation>
    </message>
    <message>
        <source>context: {used} tokens used</source>
        <translation>上下文：已用 {used} 个词元</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages left out</source>
        <translation>
            <numerusform>省略了 %n 条较早的消息</numerusform>
        </translation>
    </message>
    <message>
        <source>API {url}</source>
        <translation>API {url}</translation>
    </message>
    <message>
        <source>Programs on this computer can use the current model through this OpenAI-compatible address (Models → Local API server stops it).</source>
        <translation>这台电脑上的程序可以通过这个兼容 OpenAI 的地址使用当前模型（模型 → 本地 API 服务器 可将其停止）。</translation>
    </message>
    <message>
        <source>{model} at {server}</source>
        <translation>{server} 上的 {model}</translation>
    </message>
    <message>
        <source>{architecture}, {millions}M parameters, {quantization}, context {context}</source>
        <translation>{architecture}，{millions}M 参数，{quantization}，上下文 {context}</translation>
    </message>
    <message>
        <source>remote · {server}</source>
        <translation>远程 · {server}</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions}M 参数</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>Thought for {min} min {s} s</source>
        <translation>思考了 {min} 分 {s} 秒</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>思考了 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>tokens the model can see at once</source>
        <translation>模型一次能看到的词元数</translation>
    </message>
    <message>
        <source>prompt tokens processed per step</source>
        <translation>每步处理的提示词元数</translation>
    </message>
    <message>
        <source>layers on the GPU (-1: as many as fit, 0: none)</source>
        <translation>GPU 上的层数（-1：尽可能多，0：不使用）</translation>
    </message>
    <message>
        <source>randomness (0: always the likeliest word)</source>
        <translation>随机性（0：总是选最可能的词）</translation>
    </message>
    <message>
        <source>sample from the likeliest words covering this probability</source>
        <translation>从累计概率达到该值的最可能词中采样</translation>
    </message>
    <message>
        <source>sample from this many likeliest words (0: all)</source>
        <translation>从这么多个最可能的词中采样（0：全部）</translation>
    </message>
    <message>
        <source>drop words less likely than this share of the likeliest</source>
        <translation>舍弃概率低于最可能词该比例的词</translation>
    </message>
    <message>
        <source>discourage repeating recent words (1: off)</source>
        <translation>抑制重复最近的词（1：关闭）</translation>
    </message>
    <message>
        <source>instructions at the start of every new chat</source>
        <translation>每个新对话开头的指令</translation>
    </message>
    <message>
        <source>a Jinja file used instead of the model&apos;s own chat template</source>
        <translation>用于替代模型自带对话模板的 Jinja 文件</translation>
    </message>
    <message>
        <source>LoRA adapters over the model, e.g. legal-style@0.5, terse</source>
        <translation>叠加在模型上的 LoRA 适配器，例如 legal-style@0.5, terse</translation>
    </message>
    <message>
        <source>A French female voice for reading answers aloud.</source>
        <translation>用于朗读回答的法语女声。</translation>
    </message>
    <message>
        <source>A German male voice for reading answers aloud.</source>
        <translation>用于朗读回答的德语男声。</translation>
    </message>
    <message>
        <source>A Spanish male voice for reading answers aloud.</source>
        <translation>用于朗读回答的西班牙语男声。</translation>
    </message>
    <message>
        <source>A dependable everyday assistant for 8 GB laptops.</source>
        <translation>适合 8 GB 笔记本电脑的可靠日常助手。</translation>
    </message>
    <message>
        <source>A friendly, helpful conversation.</source>
        <translation>友好、有帮助的对话。</translation>
    </message>
    <message>
        <source>A short paragraph with the main points of a text.</source>
        <translation>用一小段话概括文本要点。</translation>
    </message>
    <message>
        <source>Answer a question using only a text you paste.</source>
        <translation>仅根据您粘贴的文本回答问题。</translation>
    </message>
    <message>
        <source>Answer from text</source>
        <translation>根据文本回答</translation>
    </message>
    <message>
        <source>Balanced multilingual assistant; good at structured output.</source>
        <translation>均衡的多语言助手；擅长结构化输出。</translation>
    </message>
    <message>
        <source>Capable small reasoning model in 119 languages.</source>
        <translation>支持 119 种语言的小而强的推理模型。</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Explain code</source>
        <translation>解释代码</translation>
    </message>
    <message>
        <source>Extract (JSON)</source>
        <translation>提取（JSON）</translation>
    </message>
    <message>
        <source>Fix spelling, grammar and punctuation.</source>
        <translation>修正拼写、语法和标点。</translation>
    </message>
    <message>
        <source>Google&apos;s compact chat model with a natural writing style.</source>
        <translation>Google 的紧凑型对话模型，文风自然。</translation>
    </message>
    <message>
        <source>Is a text positive, negative or neutral?</source>
        <translation>文本是正面、负面还是中性？</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Meta&apos;s small model; friendly chat and summaries.</source>
        <translation>Meta 的小模型；友好的对话和摘要。</translation>
    </message>
    <message>
        <source>Microsoft&apos;s reasoning-focused small model; good at code and logic.</source>
        <translation>微软专注推理的小模型；擅长代码和逻辑。</translation>
    </message>
    <message>
        <source>More accurate speech recognition in about 100 languages, about three times slower than base.</source>
        <translation>更准确的语音识别，支持约 100 种语言，速度约为 base 的三分之一。</translation>
    </message>
    <message>
        <source>Multilingual embedding model from Google: documents in 100+ languages.</source>
        <translation>Google 的多语言嵌入模型：支持 100 多种语言的文档。</translation>
    </message>
    <message>
        <source>Newest tiny Qwen with a thinking mode; best kept to short tasks.</source>
        <translation>最新的微型 Qwen，带思考模式；最适合简短任务。</translation>
    </message>
    <message>
        <source>Noticeably smarter than 1.5B while still fitting in 4 GB of RAM.</source>
        <translation>明显比 1.5B 更聪明，同时仍可在 4 GB 内存中运行。</translation>
    </message>
    <message>
        <source>Proofread</source>
        <translation>校对</translation>
    </message>
    <message>
        <source>Pull named fields out of a text as JSON.</source>
        <translation>以 JSON 形式从文本中提取指定字段。</translation>
    </message>
    <message>
        <source>Put a text into one of your categories.</source>
        <translation>把文本归入您的某个类别。</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>Rewrite text in a different tone.</source>
        <translation>用不同的语气改写文本。</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <source>Small English embedding model; finds passages better than the built-in one.</source>
        <translation>小型英文嵌入模型；查找段落比内置模型更准。</translation>
    </message>
    <message>
        <source>Small multilingual Gemma 3 for quick answers.</source>
        <translation>用于快速回答的小型多语言 Gemma 3。</translation>
    </message>
    <message>
        <source>Strong English embedding model with long passages.</source>
        <translation>强大的英文嵌入模型，支持长段落。</translation>
    </message>
    <message>
        <source>Strong all-rounder for machines with 8 GB of RAM.</source>
        <translation>适合 8 GB 内存电脑的强大全能模型。</translation>
    </message>
    <message>
        <source>Strong multilingual writer in about 2.5 GB.</source>
        <translation>约 2.5 GB 的强大多语言写作模型。</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>The built-in embedding model, smaller (8-bit); no need to download it.</source>
        <translation>内置嵌入模型的更小版本（8 位）；无需下载。</translation>
    </message>
    <message>
        <source>The main points of a text as a bulleted list.</source>
        <translation>以项目符号列表列出文本要点。</translation>
    </message>
    <message>
        <source>The strongest SmolLM2: solid English chat and summaries in about 1 GB.</source>
        <translation>最强的 SmolLM2：约 1 GB，英文对话和摘要表现稳定。</translation>
    </message>
    <message>
        <source>Tiny and fast; good for short answers and rewriting on any machine.</source>
        <translation>小巧快速；适合在任何电脑上做简短回答和改写。</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Translate text into another language.</source>
        <translation>将文本翻译成另一种语言。</translation>
    </message>
    <message>
        <source>Very small multilingual model with a long context.</source>
        <translation>上下文很长的超小型多语言模型。</translation>
    </message>
    <message>
        <source>What does this code do, step by step.</source>
        <translation>逐步说明这段代码的作用。</translation>
    </message>
    <message>
        <source>Write code</source>
        <translation>编写代码</translation>
    </message>
    <message>
        <source>Write code for a task.</source>
        <translation>为任务编写代码。</translation>
    </message>
    <message>
        <source>Writes down speech in about 100 languages and translates it into English; more accurate than the built-in English-only model.</source>
        <translation>可转写约 100 种语言的语音并译成英语；比内置的仅英语模型更准确。</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>multilingual</source>
        <translation>多语言</translation>
    </message>
    <message>
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>reading aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>summarize</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>语气</translation>
    </message>
    <message>
        <source>check this installation offline (built-in model, history, window) and exit</source>
        <translation>离线检查此安装（内置模型、历史记录、窗口）后退出</translation>
    </message>
    <message>
        <source>model name or path to a .gguf file</source>
        <translation>模型名称或 .gguf 文件路径</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>let a reasoning model think first, or not (where its template allows; default: the model&apos;s own); its reasoning goes to stderr</source>
        <translation>让推理模型先思考或不思考（需模板支持；默认：按模型自身设定）；思考内容输出到 stderr</translation>
    </message>
    <message>
        <source>answer from a document collection (see `assistant docs`), citing its sources</source>
        <translation>根据文档集回答（见 `assistant docs`），并引用来源</translation>
    </message>
    <message>
        <source>answer with a LoRA adapter over the model (see `assistant models list`), at a scale (default 1); none: without the model&apos;s own</source>
        <translation>使用叠加在模型上的 LoRA 适配器回答（见 `assistant models list`），可指定强度（默认 1）；none：不用模型自己的</translation>
    </message>
    <message>
        <source>a private chat: your memories are neither used nor added</source>
        <translation>私密对话：既不使用也不添加你的记忆</translation>
    </message>
    <message>
        <source>answer one prompt and exit</source>
        <translation>回答一个提示后退出</translation>
    </message>
    <message>
        <source>the prompt; read from stdin when omitted</source>
        <translation>提示内容；省略时从 stdin 读取</translation>
    </message>
    <message>
        <source>a task preset, e.g. summarize, translate</source>
        <translation>任务预设，例如 summarize、translate</translation>
    </message>
    <message>
        <source>a preset variable</source>
        <translation>预设变量</translation>
    </message>
    <message>
        <source>print the answer&apos;s figures on stderr</source>
        <translation>在 stderr 输出回答的统计数据</translation>
    </message>
    <message>
        <source>interactive conversation in the terminal</source>
        <translation>在终端中交互对话</translation>
    </message>
    <message>
        <source>resume a saved conversation</source>
        <translation>继续已保存的对话</translation>
    </message>
    <message>
        <source>error: {exc}</source>
        <translation>错误：{exc}</translation>
    </message>
    <message>
        <source>error: an internal error occurred; details are in {log_file}</source>
        <translation>错误：发生内部错误；详情见 {log_file}</translation>
    </message>
    <message>
        <source>Loading the model… (Ctrl+C stops)</source>
        <translation>正在加载模型…（Ctrl+C 停止）</translation>
    </message>
    <message>
        <source>Thinking: </source>
        <translation>思考：</translation>
    </message>
    <message>
        <source>{prompt} prompt tokens ({reused} reused), {answer} answer tokens, {speed} tok/s</source>
        <translation>提示 {prompt} 个词元（复用 {reused} 个），回答 {answer} 个词元，{speed} 词元/秒</translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted tokens kept ({share}%)</source>
        <translation>草拟的 {drafted} 个词元中保留了 {kept} 个（{share}%）</translation>
    </message>
    <message>
        <source>[{dropped} older messages no longer fit in the model&apos;s context and were left out; the system prompt was kept]</source>
        <translation>[{dropped} 条较早的消息超出模型上下文，已被省略；系统提示词已保留]</translation>
    </message>
    <message>
        <source>Nothing to ask: give the prompt as an argument or on stdin.</source>
        <translation>没有要问的内容：请以参数或 stdin 提供提示。</translation>
    </message>
    <message>
        <source>warning: the answer does not fit the preset: {problem}</source>
        <translation>警告：回答不符合预设：{problem}</translation>
    </message>
    <message>
        <source>Continuing &quot;{title}&quot; ({shown_count} messages).</source>
        <translation>继续“{title}”（{shown_count} 条消息）。</translation>
    </message>
    <message>
        <source>{name} · context {context} tokens · conversation {cid}. Ctrl+C stops an answer, Ctrl+D or /exit quits.</source>
        <translation>{name} · 上下文 {context} 个词元 · 对话 {cid}。Ctrl+C 停止回答，Ctrl+D 或 /exit 退出。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>
error: {exc}</source>
        <translation>
错误：{exc}</translation>
    </message>
    <message>
        <source>document collections to ask questions about</source>
        <translation>可提问的文档集</translation>
    </message>
    <message>
        <source>create a collection or add folders/files, then index them</source>
        <translation>创建文档集或添加文件夹/文件，然后建立索引</translation>
    </message>
    <message>
        <source>only record the paths</source>
        <translation>仅记录路径</translation>
    </message>
    <message>
        <source>collections and their size</source>
        <translation>文档集及其大小</translation>
    </message>
    <message>
        <source>a collection&apos;s files and their status</source>
        <translation>文档集中的文件及其状态</translation>
    </message>
    <message>
        <source>index new and changed files, drop deleted ones</source>
        <translation>索引新增和更改的文件，移除已删除的文件</translation>
    </message>
    <message>
        <source>one collection (default: all)</source>
        <translation>某个文档集（默认：全部）</translation>
    </message>
    <message>
        <source>the passages that best match a query</source>
        <translation>与查询最匹配的段落</translation>
    </message>
    <message>
        <source>delete a collection and its index (not the files)</source>
        <translation>删除文档集及其索引（不删除文件）</translation>
    </message>
    <message>
        <source>show or choose the embedding model documents use</source>
        <translation>显示或选择文档使用的嵌入模型</translation>
    </message>
    <message>
        <source>an embedding model&apos;s name or path, or &apos;built-in&apos;</source>
        <translation>嵌入模型的名称或路径，或“built-in”</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n folders or files</source>
        <translation>
            <numerusform>{name}：%n 个文件夹或文件</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet: create one with `assistant docs add NAME PATH`.</source>
        <translation>还没有文档集：请用 `assistant docs add NAME PATH` 创建。</translation>
    </message>
    <message>
        <source>No passage matches.</source>
        <translation>没有匹配的段落。</translation>
    </message>
    <message>
        <source>Deleted the collection {name} (your files were not touched).</source>
        <translation>已删除文档集 {name}（未改动您的文件）。</translation>
    </message>
    <message>
        <source>in use: {model_name}</source>
        <translation>正在使用：{model_name}</translation>
    </message>
    <message>
        <source>downloaded embedding models: {names}</source>
        <translation>已下载的嵌入模型：{names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Documents now use {model_name}; each collection is indexed again at its next sync.</source>
        <translation>文档现在使用 {model_name}；每个文档集会在下次同步时重新建立索引。</translation>
    </message>
    <message>
        <source>Not indexed yet: run `assistant docs sync {name}`.</source>
        <translation>尚未建立索引：请运行 `assistant docs sync {name}`。</translation>
    </message>
    <message>
        <source>  indexed   {path}  ({passages} passages)</source>
        <translation>  已索引   {path}  （{passages} 个段落）</translation>
    </message>
    <message>
        <source>  skipped   {path}  ({reason})</source>
        <translation>  已跳过   {path}  （{reason}）</translation>
    </message>
    <message>
        <source>  unfinished {path}  (indexed again by the next sync)</source>
        <translation>  未完成   {path}  （下次同步时重新索引）</translation>
    </message>
    <message>
        <source>{passages} passages, {rate}/s</source>
        <translation>{passages} 个段落，{rate}/秒</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  提示：{note}</translation>
    </message>
    <message>
        <source>  skipped {path}: {why}</source>
        <translation>  已跳过 {path}：{why}</translation>
    </message>
    <message>
        <source>The collection {name} has no indexed documents yet: run `assistant docs sync {name}`.</source>
        <translation>文档集 {name} 还没有已索引的文档：请运行 `assistant docs sync {name}`。</translation>
    </message>
    <message>
        <source>saved conversations</source>
        <translation>已保存的对话</translation>
    </message>
    <message>
        <source>conversations, pinned first, newest first</source>
        <translation>对话列表，置顶优先，最新优先</translation>
    </message>
    <message>
        <source>include archived ones</source>
        <translation>包含已归档的</translation>
    </message>
    <message>
        <source>print a conversation</source>
        <translation>输出一个对话</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>全文搜索</translation>
    </message>
    <message>
        <source>write conversations to a file</source>
        <translation>把对话写入文件</translation>
    </message>
    <message>
        <source>import a JSON export</source>
        <translation>导入 JSON 导出文件</translation>
    </message>
    <message>
        <source>delete a conversation (undo with restore)</source>
        <translation>删除对话（可用 restore 撤销）</translation>
    </message>
    <message>
        <source>undo a delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>remove deleted conversations for good</source>
        <translation>永久移除已删除的对话</translation>
    </message>
    <message>
        <source>figures about the history</source>
        <translation>历史记录统计</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>提示：{note}</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>没有匹配项。</translation>
    </message>
    <message>
        <source>Say which conversation to export (an ID) or --all.</source>
        <translation>请指定要导出的对话（ID）或使用 --all。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to {output}.</source>
        <translation>
            <numerusform>已将 %n 个对话导出到 {output}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations: {ids}.</source>
        <translation>
            <numerusform>已导入 %n 个对话：{ids}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted conversation {id}. Undo with: assistant history restore {id}</source>
        <translation>已删除对话 {id}。撤销：assistant history restore {id}</translation>
    </message>
    <message>
        <source>Restored conversation {id}.</source>
        <translation>已恢复对话 {id}。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n deleted conversations for good.</source>
        <translation>
            <numerusform>已永久移除 %n 个已删除的对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>show the CPU kernels, GPU devices and how the model is offloaded</source>
        <translation>显示 CPU 内核、GPU 设备以及模型的卸载方式</translation>
    </message>
    <message>
        <source>model name or path (default: the default model)</source>
        <translation>模型名称或路径（默认：默认模型）</translation>
    </message>
    <message>
        <source>only the kernels and devices, load no model</source>
        <translation>仅显示内核和设备，不加载模型</translation>
    </message>
    <message>
        <source>Data: {data}</source>
        <translation>数据：{data}</translation>
    </message>
    <message>
        <source>Model: {name} ({describe})</source>
        <translation>模型：{name}（{describe}）</translation>
    </message>
    <message>
        <source>Offload: {runs_on}; {offload}</source>
        <translation>卸载：{runs_on}；{offload}</translation>
    </message>
    <message>
        <source>Answers at once: {n}, each with a context of {context} tokens</source>
        <translation>同时回答数：{n}，每个的上下文为 {context} 个词元</translation>
    </message>
    <message>
        <source>Engine memory ceiling: {size} GiB</source>
        <translation>引擎内存上限：{size} GiB</translation>
    </message>
    <message>
        <source>serve the models over an OpenAI-compatible API on this machine</source>
        <translation>在本机通过兼容 OpenAI 的 API 提供模型</translation>
    </message>
    <message>
        <source>Serve /v1/models, /v1/chat/completions and /v1/completions.</source>
        <translation>提供 /v1/models、/v1/chat/completions 和 /v1/completions。</translation>
    </message>
    <message>
        <source>address to listen on (127.0.0.1)</source>
        <translation>监听地址（127.0.0.1）</translation>
    </message>
    <message>
        <source>port (8765, or the settings&apos; server_port)</source>
        <translation>端口（8765，或设置中的 server_port）</translation>
    </message>
    <message>
        <source>model to load at start (the default model)</source>
        <translation>启动时加载的模型（默认模型）</translation>
    </message>
    <message>
        <source>answers written at once (default: the settings&apos; parallel_answers, or automatic)</source>
        <translation>同时撰写的回答数（默认：设置中的 parallel_answers，或自动）</translation>
    </message>
    <message>
        <source>require &apos;Authorization: Bearer KEY&apos; (or set ASSISTANT_API_KEY / server_api_key)</source>
        <translation>要求“Authorization: Bearer KEY”（或设置 ASSISTANT_API_KEY / server_api_key）</translation>
    </message>
    <message>
        <source>allow listening on an address other machines can reach (needs an API key)</source>
        <translation>允许监听其他电脑可访问的地址（需要 API 密钥）</translation>
    </message>
    <message>
        <source>allow browser pages from ORIGIN to call the API (CORS is off by default)</source>
        <translation>允许来自 ORIGIN 的网页调用 API（CORS 默认关闭）</translation>
    </message>
    <message>
        <source>also answer requests addressed to NAME (by default only this machine&apos;s names)</source>
        <translation>也应答发往 NAME 的请求（默认只应答本机的名称）</translation>
    </message>
    <message>
        <source>{host} can be reached from other machines; add --allow-network (and an API key) if that is what you want.</source>
        <translation>{host} 可被其他电脑访问；如确需如此，请添加 --allow-network（以及 API 密钥）。</translation>
    </message>
    <message>
        <source>Serving beyond this machine needs an API key: --api-key KEY or ASSISTANT_API_KEY.</source>
        <translation>向本机以外提供服务需要 API 密钥：--api-key KEY 或 ASSISTANT_API_KEY。</translation>
    </message>
    <message>
        <source>The API server is an optional part: install it with pip install &apos;offline-assistant[server]&apos;.</source>
        <translation>API 服务器是可选组件：请用 pip install &apos;offline-assistant[server]&apos; 安装。</translation>
    </message>
    <message>
        <source>--parallel must be at least 1.</source>
        <translation>--parallel 至少为 1。</translation>
    </message>
    <message>
        <source>Serving {name} at {url}, {n} answers at once (Ctrl+C stops)</source>
        <translation>正在 {url} 提供 {name}，同时 {n} 个回答（Ctrl+C 停止）</translation>
    </message>
    <message>
        <source>task presets</source>
        <translation>任务预设</translation>
    </message>
    <message>
        <source>all presets</source>
        <translation>全部预设</translation>
    </message>
    <message>
        <source>a preset&apos;s settings</source>
        <translation>某个预设的设置</translation>
    </message>
    <message>
        <source>a new preset copied from another</source>
        <translation>复制另一个预设作为新预设</translation>
    </message>
    <message>
        <source>edit a preset in $EDITOR (saves a user copy)</source>
        <translation>在 $EDITOR 中编辑预设（保存为用户副本）</translation>
    </message>
    <message>
        <source>check every preset file</source>
        <translation>检查每个预设文件</translation>
    </message>
    <message>
        <source>summarize a document</source>
        <translation>总结文档</translation>
    </message>
    <message>
        <source>summarize or key-points</source>
        <translation>summarize 或 key-points</translation>
    </message>
    <message>
        <source>--var needs name=value, got &apos;{item}&apos;.</source>
        <translation>--var 需要 name=value，收到的是“{item}”。</translation>
    </message>
    <message>
        <source>warning: skipped a preset: {problem}</source>
        <translation>警告：跳过了一个预设：{problem}</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  （您的）</translation>
    </message>
    <message>
        <source>Created {from_id}</source>
        <translation>已创建 {from_id}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>All presets are valid.</source>
        <translation>所有预设均有效。</translation>
    </message>
    <message numerus="yes">
        <source>%n problems.</source>
        <translation>
            <numerusform>%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>summarizing parts</source>
        <translation>正在总结各部分</translation>
    </message>
    <message>
        <source>combining</source>
        <translation>正在合并</translation>
    </message>
    <message>
        <source> (stopped early: partial summary)</source>
        <translation>（提前停止：部分摘要）</translation>
    </message>
    <message numerus="yes">
        <source>saved as conversation {cid}; %n parts</source>
        <translation>
            <numerusform>已保存为对话 {cid}；共 %n 个部分</numerusform>
        </translation>
    </message>
    <message>
        <source>write down what is said in an audio or video file</source>
        <translation>写下音频或视频文件中所说的内容</translation>
    </message>
    <message>
        <source>Transcribe wav, mp3, m4a, ogg, flac, webm, mp4 and other audio or video files on this machine, with timestamps.</source>
        <translation>在本机转写 wav、mp3、m4a、ogg、flac、webm、mp4 等音频或视频文件，带时间戳。</translation>
    </message>
    <message>
        <source>the spoken language, e.g. en (default: heard)</source>
        <translation>所说的语言，例如 en（默认：自动识别）</translation>
    </message>
    <message>
        <source>output format (txt)</source>
        <translation>输出格式（txt）</translation>
    </message>
    <message>
        <source>write to this file, not the terminal</source>
        <translation>写入此文件，而不是终端</translation>
    </message>
    <message>
        <source>translate the speech into English</source>
        <translation>将语音翻译成英文</translation>
    </message>
    <message>
        <source>also add it to this document collection (made if new) and index it</source>
        <translation>同时添加到此文档集（如不存在则新建）并建立索引</translation>
    </message>
    <message>
        <source>also keep it as a conversation to ask about</source>
        <translation>同时保存为对话，以便提问</translation>
    </message>
    <message>
        <source>say a text aloud into an audio file, with a voice on this machine</source>
        <translation>用本机上的语音将文本朗读到音频文件</translation>
    </message>
    <message>
        <source>Speak a text with the built-in voice (or the one the settings name) into a wav, flac, mp3 or raw pcm file. espeak-ng must be installed.</source>
        <translation>用内置语音（或设置中指定的语音）将文本朗读为 wav、flac、mp3 或原始 pcm 文件。必须安装 espeak-ng。</translation>
    </message>
    <message>
        <source>what to say (&apos;-&apos; reads it from standard input)</source>
        <translation>要说的内容（“-”表示从标准输入读取）</translation>
    </message>
    <message>
        <source>the audio file to write</source>
        <translation>要写入的音频文件</translation>
    </message>
    <message>
        <source>audio format (default: from the file&apos;s suffix, else wav)</source>
        <translation>音频格式（默认：取自文件后缀，否则为 wav）</translation>
    </message>
    <message>
        <source>0.25 to 4 (default: the settings&apos;, 1)</source>
        <translation>0.25 到 4（默认：设置中的值，1）</translation>
    </message>
    <message>
        <source>{seconds:.1f} s of speech written to {file}</source>
        <translation>已将 {seconds:.1f} 秒语音写入 {file}</translation>
    </message>
    <message>
        <source>transcribing</source>
        <translation>正在转写</translation>
    </message>
    <message>
        <source>[saved as conversation {cid}]</source>
        <translation>[已保存为对话 {cid}]</translation>
    </message>
    <message>
        <source>[added to the collection {name} as {file}; {n} passages indexed]</source>
        <translation>[已作为 {file} 添加到文档集 {name}；已索引 {n} 个段落]</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)</source>
        <translation>音频和视频 (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)</translation>
    </message>
    <message>
        <source>Transcribe audio or video</source>
        <translation>转写音频或视频</translation>
    </message>
    <message>
        <source>A transcription is already running; Esc stops it.</source>
        <translation>已有转写正在进行；按 Esc 停止。</translation>
    </message>
    <message>
        <source>Transcribing {file}… (Esc stops)</source>
        <translation>正在转写 {file}…（Esc 停止）</translation>
    </message>
    <message>
        <source>Transcribing {file}: {percent}%… (Esc stops)</source>
        <translation>正在转写 {file}：{percent}%…（Esc 停止）</translation>
    </message>
    <message>
        <source>The transcription failed (details in the log).</source>
        <translation>转写失败（详情见日志）。</translation>
    </message>
    <message>
        <source>facts the assistant keeps across chats</source>
        <translation>助手在各对话之间记住的事实</translation>
    </message>
    <message>
        <source>Facts about you the assistant is given in every chat (private chats excepted), e.g. &apos;I am vegetarian&apos; or &apos;answer in metric units&apos;.</source>
        <translation>助手在每个对话中（私密对话除外）都会获知的关于你的事实，例如&apos;我吃素&apos;或&apos;用公制单位回答&apos;。</translation>
    </message>
    <message>
        <source>remember a fact</source>
        <translation>记住一个事实</translation>
    </message>
    <message>
        <source>list the memories (off ones marked)</source>
        <translation>列出记忆（已关闭的会标出）</translation>
    </message>
    <message>
        <source>change a memory&apos;s text</source>
        <translation>修改一条记忆的文字</translation>
    </message>
    <message>
        <source>use a memory again</source>
        <translation>重新使用一条记忆</translation>
    </message>
    <message>
        <source>keep a memory but stop using it</source>
        <translation>保留一条记忆但不再使用</translation>
    </message>
    <message>
        <source>forget a memory</source>
        <translation>忘记一条记忆</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>（已关闭）</translation>
    </message>
    <message>
        <source>Private chat: memories are not used or added</source>
        <translation>私密对话：不使用也不添加记忆</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <source>A fact to keep across chats:</source>
        <translation>要在各对话之间记住的事实：</translation>
    </message>
    <message>
        <source>Memories used</source>
        <translation>使用的记忆</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>Facts about you the assistant is given in every chat, except private ones. Untick one to keep it without using it.</source>
        <translation>助手在每个对话中（私密对话除外）都会获知的关于你的事实。取消勾选即可保留而不使用。</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>Nothing is remembered yet. Add a fact, or use Remember… on one of your messages.</source>
        <translation>还没有记住任何内容。添加一个事实，或在你的某条消息上使用“记住…”。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Edit memory</source>
        <translation>编辑记忆</translation>
    </message>
    <message>
        <source>the tools a model can call</source>
        <translation>模型可以调用的工具</translation>
    </message>
    <message>
        <source>list the tools, what they do and where from</source>
        <translation>列出工具、其用途和来源</translation>
    </message>
    <message>
        <source>add MCP servers from another app&apos;s file (the mcpServers JSON shape)</source>
        <translation>从其他应用的文件添加 MCP 服务器（mcpServers JSON 格式）</translation>
    </message>
    <message>
        <source>let the model call tools: tool or MCP server names separated by commas, or &apos;all&apos; (see `assistant tools list`)</source>
        <translation>允许模型调用工具：以逗号分隔的工具名或 MCP 服务器名，或 &apos;all&apos;（见 `assistant tools list`）</translation>
    </message>
    <message>
        <source>run this tool without asking each time</source>
        <translation>运行此工具而不必每次询问</translation>
    </message>
    <message>
        <source>auto: the model decides; required: its first answer must call a tool</source>
        <translation>auto：由模型决定；required：其第一个回答必须调用工具</translation>
    </message>
    <message>
        <source>tool calls in a row at most before the model must answer</source>
        <translation>模型必须作答之前最多连续调用工具的次数</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>可能改变内容</translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>内置，只读</translation>
    </message>
    <message>
        <source>with --docs: search the chat&apos;s document collections</source>
        <translation>配合 --docs：搜索该对话的文档集合</translation>
    </message>
    <message>
        <source>MCP server {name}: {state}</source>
        <translation>MCP 服务器 {name}：{state}</translation>
    </message>
    <message>
        <source>added MCP server {name}</source>
        <translation>已添加 MCP 服务器 {name}</translation>
    </message>
    <message>
        <source>Unknown tool: {names}. Available: {known}.</source>
        <translation>未知工具：{names}。可用：{known}。</translation>
    </message>
    <message>
        <source>--max-steps must be at least 1.</source>
        <translation>--max-steps 至少为 1。</translation>
    </message>
    <message>
        <source>{tool}: not run (no terminal to ask; allow it with --allow {tool})</source>
        <translation>{tool}：未运行（没有可询问的终端；用 --allow {tool} 允许）</translation>
    </message>
    <message>
        <source>Run {tool} {args}? [y]es, [n]o, [a]lways for this tool: </source>
        <translation>运行 {tool} {args}？[y] 是，[n] 否，[a] 此工具总是允许：</translation>
    </message>
    <message>
        <source>this app</source>
        <translation>本应用</translation>
    </message>
    <message>
        <source>the MCP server “{name}”</source>
        <translation>MCP 服务器“{name}”</translation>
    </message>
    <message>
        <source>Run a tool?</source>
        <translation>运行工具？</translation>
    </message>
    <message>
        <source>The model asks to run {tool} from {source}.</source>
        <translation>模型请求运行来自{source}的 {tool}。</translation>
    </message>
    <message>
        <source>What the tool does</source>
        <translation>工具的作用</translation>
    </message>
    <message>
        <source>It keeps what you see below; you are asked every time.</source>
        <translation>它会保存下方所示内容；每次都会询问您。</translation>
    </message>
    <message>
        <source>It says it only reads and changes nothing.</source>
        <translation>它声明只读取、不做任何更改。</translation>
    </message>
    <message>
        <source>It may change things: files, messages or data elsewhere.</source>
        <translation>它可能会更改内容：文件、消息或其他地方的数据。</translation>
    </message>
    <message>
        <source>With these arguments:</source>
        <translation>使用以下参数：</translation>
    </message>
    <message>
        <source>Arguments the tool will get</source>
        <translation>工具将收到的参数</translation>
    </message>
    <message>
        <source>Documents, web pages and tool results can carry instructions that make a model misuse its tools. Run only what you expect.</source>
        <translation>文档、网页和工具结果可能包含使模型滥用工具的指令。只运行您预期的内容。</translation>
    </message>
    <message>
        <source>Always allow {tool} without asking</source>
        <translation>始终允许 {tool}，不再询问</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Don&apos;t run</source>
        <translation>不运行</translation>
    </message>
    <message>
        <source>failed: {why}</source>
        <translation>失败：{why}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>starts when a chat needs it</source>
        <translation>在聊天需要时启动</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>only reads</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Tools let a model compute, look things up and act. Turn them on per chat with the Tools button under the message box; you approve each call unless you always allow the tool.</source>
        <translation>工具让模型能够计算、查找和执行操作。在消息框下方用“工具”按钮按聊天开启；除非您始终允许某工具，否则每次调用都需您批准。</translation>
    </message>
    <message>
        <source>Tool or server</source>
        <translation>工具或服务器</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>工具和 MCP 服务器</translation>
    </message>
    <message>
        <source>&amp;List their tools</source>
        <translation>列出其工具(&amp;L)</translation>
    </message>
    <message>
        <source>Start the servers that are on and list their tools</source>
        <translation>启动已开启的服务器并列出其工具</translation>
    </message>
    <message>
        <source>&amp;Add from file…</source>
        <translation>从文件添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add MCP servers from another app&apos;s configuration (the mcpServers JSON shape)</source>
        <translation>从其他应用的配置添加 MCP 服务器（mcpServers JSON 格式）</translation>
    </message>
    <message>
        <source>&amp;Edit mcp.json</source>
        <translation>编辑 mcp.json(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>移除服务器(&amp;R)</translation>
    </message>
    <message>
        <source>Tools that run without asking</source>
        <translation>无需询问即可运行的工具</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>重新询问</translation>
    </message>
    <message>
        <source>Ask before the chosen tool runs again</source>
        <translation>在所选工具再次运行前询问</translation>
    </message>
    <message>
        <source>Run without asking</source>
        <translation>无需询问即可运行</translation>
    </message>
    <message>
        <source>Tool calls in a row before the model must answer</source>
        <translation>模型必须回答之前可连续调用工具的次数</translation>
    </message>
    <message>
        <source>Calls in a row at most</source>
        <translation>最多连续调用次数</translation>
    </message>
    <message>
        <source>Programs using the local API may call my MCP servers</source>
        <translation>使用本地 API 的程序可以调用我的 MCP 服务器</translation>
    </message>
    <message>
        <source>Off by default. When on, a program on this computer can name your servers in its requests; only the tools you always allow run for it.</source>
        <translation>默认关闭。开启后，本机上的程序可以在请求中指定您的服务器；只有您始终允许的工具才会为其运行。</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>本地 API</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>always available</source>
        <translation>始终可用</translation>
    </message>
    <message>
        <source>Searches the chat&apos;s document collections (chats that have some)</source>
        <translation>搜索聊天的文档集合（仅限有文档集合的聊天）</translation>
    </message>
    <message>
        <source>No MCP server yet: add some from another app&apos;s file.</source>
        <translation>尚无 MCP 服务器：请从其他应用的文件中添加。</translation>
    </message>
    <message>
        <source>Add MCP servers from a file</source>
        <translation>从文件添加 MCP 服务器</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>已添加：{names}。</translation>
    </message>
    <message>
        <source>{file} lists no server.</source>
        <translation>{file} 中没有服务器。</translation>
    </message>
    <message>
        <source>Starting the servers…</source>
        <translation>正在启动服务器…</translation>
    </message>
    <message>
        <source>Every server that is on is running.</source>
        <translation>所有已开启的服务器都在运行。</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat (you approve each call)</source>
        <translation>允许模型在此聊天中调用工具（每次调用需您批准）</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>在此聊天中使用工具</translation>
    </message>
    <message>
        <source>Call a tool first</source>
        <translation>先调用工具</translation>
    </message>
    <message>
        <source>Small models often answer without calling: this makes them call</source>
        <translation>小模型常常不调用就直接回答：此选项让它们调用</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>{name} (off in Settings → Tools)</source>
        <translation>{name}（已在 设置 → 工具 中关闭）</translation>
    </message>
    <message>
        <source>Tools and servers…</source>
        <translation>工具和服务器…</translation>
    </message>
    <message>
        <source>Tools: on</source>
        <translation>工具：开</translation>
    </message>
    <message>
        <source>The model may call tools; you approve each call</source>
        <translation>模型可以调用工具；每次调用需您批准</translation>
    </message>
    <message>
        <source>Tools are off in this chat</source>
        <translation>此聊天中工具已关闭</translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation>正在朗读…</translation>
    </message>
    <message>
        <source>Reading aloud failed (details in the log).</source>
        <translation>朗读失败（详情见日志）。</translation>
    </message>
    <message>
        <source>Dictate ({shortcut})</source>
        <translation>听写（{shortcut}）</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>听写</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>正在记下您说的话…</translation>
    </message>
    <message>
        <source>Stop dictating</source>
        <translation>停止听写</translation>
    </message>
    <message>
        <source>Listening… speak, then pause</source>
        <translation>正在聆听…请说话，然后停顿</translation>
    </message>
    <message>
        <source>Dictation failed (details in the log).</source>
        <translation>听写失败（详情见日志）。</translation>
    </message>
    <message>
        <source>Nothing was heard.</source>
        <translation>没有听到任何内容。</translation>
    </message>
    <message>
        <source>Dictated</source>
        <translation>已听写</translation>
    </message>
    <message>
        <source>Speaking… speak to interrupt</source>
        <translation>正在朗读… 说话即可打断</translation>
    </message>
    <message>
        <source>Voice mode</source>
        <translation>语音模式</translation>
    </message>
    <message>
        <source>End voice mode</source>
        <translation>结束语音模式</translation>
    </message>
    <message>
        <source>End voice mode ({shortcut})</source>
        <translation>结束语音模式（{shortcut}）</translation>
    </message>
    <message>
        <source>Voice mode: {state}</source>
        <translation>语音模式：{state}</translation>
    </message>
    <message>
        <source>Starting voice mode…</source>
        <translation>正在启动语音模式…</translation>
    </message>
    <message>
        <source>Voice mode ended.</source>
        <translation>语音模式已结束。</translation>
    </message>
    <message>
        <source>Voice mode failed (details in the log).</source>
        <translation>语音模式失败（详情见日志）。</translation>
    </message>
    <message>
        <source>Voice mode ended: nobody spoke for five minutes.</source>
        <translation>语音模式已结束：五分钟内无人说话。</translation>
    </message>
    <message>
        <source>Half strength</source>
        <translation>一半强度</translation>
    </message>
    <message>
        <source>Full strength</source>
        <translation>完整强度</translation>
    </message>
    <message>
        <source>Stronger</source>
        <translation>更强</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>LoRA adapters that change how the model writes in this chat</source>
        <translation>改变模型在此对话中写作方式的 LoRA 适配器</translation>
    </message>
    <message>
        <source>No adapter: the model as it is</source>
        <translation>无适配器：模型保持原样</translation>
    </message>
    <message>
        <source>Adapter: {names}</source>
        <translation>适配器：{names}</translation>
    </message>
    <message>
        <source>Answers are written with {names}</source>
        <translation>回答使用 {names} 生成</translation>
    </message>
    <message>
        <source>As the model&apos;s settings say</source>
        <translation>按模型设置</translation>
    </message>
    <message>
        <source>No adapter in this chat</source>
        <translation>此对话不用适配器</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>添加适配器文件…</translation>
    </message>
    <message>
        <source>Add a LoRA adapter</source>
        <translation>添加 LoRA 适配器</translation>
    </message>
    <message>
        <source>GGUF adapters (*.gguf)</source>
        <translation>GGUF 适配器 (*.gguf)</translation>
    </message>
    <message>
        <source>{name} is not a LoRA adapter (a GGUF whose type is adapter).</source>
        <translation>{name} 不是 LoRA 适配器（类型为 adapter 的 GGUF）。</translation>
    </message>
    <message>
        <source>teach a model on your text or examples (fine-tuning, on this machine)</source>
        <translation>用你的文本或示例训练模型（微调，在本机上）</translation>
    </message>
    <message>
        <source>Fine-tune a small model on text files, a folder, or a JSONL of {&quot;prompt&quot;: …, &quot;answer&quot;: …} examples. The result is a new model. Ctrl+C pauses (resume with --resume JOB, also after a restart).</source>
        <translation>用文本文件、文件夹或 {&quot;prompt&quot;: …, &quot;answer&quot;: …} 示例的 JSONL 微调小模型。结果是一个新模型。Ctrl+C 暂停（用 --resume 任务 继续，重启后也可以）。</translation>
    </message>
    <message>
        <source>text files, folders or .jsonl</source>
        <translation>文本文件、文件夹或 .jsonl</translation>
    </message>
    <message>
        <source>the model to start from (default: the default)</source>
        <translation>起始模型（默认：默认模型）</translation>
    </message>
    <message>
        <source>the new model&apos;s name</source>
        <translation>新模型的名称</translation>
    </message>
    <message>
        <source>tokens per window</source>
        <translation>每个窗口的词元数</translation>
    </message>
    <message>
        <source>go on with a paused job</source>
        <translation>继续已暂停的任务</translation>
    </message>
    <message>
        <source>forget a paused job</source>
        <translation>放弃已暂停的任务</translation>
    </message>
    <message>
        <source>list paused jobs</source>
        <translation>列出已暂停的任务</translation>
    </message>
    <message>
        <source>Cancelled; the base model is untouched.</source>
        <translation>已取消；起始模型未被改动。</translation>
    </message>
    <message>
        <source>Job {job}: teaching {name} from {base}.</source>
        <translation>任务 {job}：正从 {base} 训练 {name}。</translation>
    </message>
    <message>
        <source>Paused. Go on with: assistant teach --resume {job}</source>
        <translation>已暂停。继续：assistant teach --resume {job}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}  window {pos}/{windows}  loss {loss:.3f}  {minutes:.0f} min left</source>
        <translation>轮次 {epoch}/{epochs}  窗口 {pos}/{windows}  损失 {loss:.3f}  剩余 {minutes:.0f} 分钟</translation>
    </message>
    <message>
        <source>epoch {epoch}: held-out perplexity {ppl:.2f}</source>
        <translation>轮次 {epoch}：保留集困惑度 {ppl:.2f}</translation>
    </message>
    <message>
        <source>Done: {path}</source>
        <translation>完成：{path}</translation>
    </message>
    <message>
        <source>Making a working copy in full precision…</source>
        <translation>正在创建全精度工作副本…</translation>
    </message>
    <message>
        <source>Measuring the held-out text before teaching…</source>
        <translation>训练前正在测量保留文本…</translation>
    </message>
    <message>
        <source>Held-out perplexity before: {ppl:.2f}; about {gib:.1f} GiB of memory.</source>
        <translation>训练前保留集困惑度：{ppl:.2f}；约需 {gib:.1f} GiB 内存。</translation>
    </message>
    <message>
        <source>Saving the taught model…</source>
        <translation>正在保存训练后的模型…</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>training loss {loss:.2f}</source>
        <translation>训练损失 {loss:.2f}</translation>
    </message>
    <message>
        <source>held-out loss {loss:.2f}</source>
        <translation>保留集损失 {loss:.2f}</translation>
    </message>
    <message>
        <source>The curve appears as it learns.</source>
        <translation>曲线会随学习过程出现。</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>保留集损失</translation>
    </message>
    <message>
        <source>Teach a model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>Model to start from</source>
        <translation>起始模型</translation>
    </message>
    <message>
        <source>What to teach</source>
        <translation>要学习的内容</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Name of the new model</source>
        <translation>新模型的名称</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How big each step is; 1e-5 is careful, 1e-4 learns faster</source>
        <translation>每一步的幅度；1e-5 较稳妥，1e-4 学得更快</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>起始模型</translation>
    </message>
    <message>
        <source>Your text or examples</source>
        <translation>你的文本或示例</translation>
    </message>
    <message>
        <source>New model&apos;s name</source>
        <translation>新模型名称</translation>
    </message>
    <message>
        <source>Text files, Markdown, PDF or Word documents, or a JSONL of examples ({&quot;prompt&quot;: …, &quot;answer&quot;: …} per line).</source>
        <translation>文本文件、Markdown、PDF 或 Word 文档，或示例 JSONL（每行 {&quot;prompt&quot;: …, &quot;answer&quot;: …}）。</translation>
    </message>
    <message>
        <source>Teaching status</source>
        <translation>训练状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel teaching</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Text or examples to teach</source>
        <translation>要学习的文本或示例</translation>
    </message>
    <message>
        <source>A folder of text to teach</source>
        <translation>要学习的文本文件夹</translation>
    </message>
    <message>
        <source>Paused: {name}, taught from {base}. Resume goes on where it stopped.</source>
        <translation>已暂停：{name}，基于 {base}。继续将从停止处接着训练。</translation>
    </message>
    <message>
        <source>There is no model to start from.</source>
        <translation>没有可作为起点的模型。</translation>
    </message>
    <message>
        <source>The learning rate must be a number, e.g. 1e-5.</source>
        <translation>学习率必须是数字，例如 1e-5。</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>此步完成后暂停…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Measuring the held-out part before teaching…</source>
        <translation>训练前正在测量保留部分…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>正在保存新模型…</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs} · step {pos} of {windows}{left}</source>
        <translation>第 {epoch}/{epochs} 轮 · 第 {pos}/{windows} 步{left}</translation>
    </message>
    <message>
        <source> · about {minutes} min left</source>
        <translation> · 约剩 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Paused. Resume goes on where it stopped, also after a restart.</source>
        <translation>已暂停。继续将从停止处接着训练，重启后也可以。</translation>
    </message>
    <message>
        <source>Taught: {name}. Held-out perplexity {before:.1f} before, {after:.1f} after. It is in the Models menu.</source>
        <translation>已训练：{name}。保留集困惑度：之前 {before:.1f}，之后 {after:.1f}。它在“模型”菜单中。</translation>
    </message>
</context>
</TS>
