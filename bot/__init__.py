"""repatwatch: watches the news for detentions and forced repatriations of North Koreans."""

__version__ = "0.1.0"
USER_AGENT = f"repatwatch/{__version__} (+https://github.com/repatwatch/repatwatch; human-rights news monitor)"
