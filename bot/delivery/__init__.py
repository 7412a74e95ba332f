"""Delivery: how a message reaches a chat, read in this order.

- `message`: the one `Message` value (text, buttons, where it goes), message kinds and outcomes;
- `pacing`: when the next message may go out under Telegram's flood limits (pure);
- `sender`: the outbox sender, which claims queued messages, paces and sends them, and records what
  happened;
- `telegram`: the adapter that sends a `Message` with python-telegram-bot and maps its errors.

The package imports nothing itself, so the pure modules (`message`, `pacing`) load without the I/O
behind the others.
"""
