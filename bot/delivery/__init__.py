"""Delivery: how a message reaches a chat, read in this order.

- `message`: the one `Message` value (text, buttons, where it goes), message kinds and outcomes;
- `pacing`: when the next message may go out under Telegram's flood limits (pure);
- `retry`: when a failed send is tried again, when it is given up, and the breaker that tells a failing
  message from a failing Bot API (pure);
- `notices`: what the operators hear about delivery, one message per kind per few minutes (pure);
- `sender`: the outbox sender, which claims queued messages, paces and sends them, and records what
  happened; `failures` is its side of a send that did not go through;
- `operators`: the operators' chat, whose notices are queued in the outbox like everything else;
- `telegram`: the adapter that sends a `Message` with python-telegram-bot and maps its errors.

The package imports nothing itself, so the pure modules (`message`, `pacing`) load without the I/O
behind the others.
"""
