"""The Qt-free, I/O-free core: money (`Decimal` only), validation of typed input, amounts in words
(en, zh_CN) and the message catalogue shared by every channel.

Modules: `currencies` (ISO 4217 minor units), `money`, `validation`, `words`, `messages`.
"""
