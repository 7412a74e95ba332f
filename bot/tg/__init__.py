"""The Telegram front end: the Application, its handlers, and the pure formatting they use."""
