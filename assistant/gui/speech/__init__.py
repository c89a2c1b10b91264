"""Speech in the window: transcribing audio and video files into a conversation."""
