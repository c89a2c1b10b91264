"""Speech: transcribing audio and video files with Whisper (faster-whisper, CTranslate2)
in a child process of its own, in bounded memory. No Qt here."""
