"""The sandbox's Matrix client-server subset and its demo support agent.

`routes(sandbox)` returns the Starlette routes to mount in the sandbox app (``/_matrix/client/...``);
the homeserver keeps its rooms, events, receipts and the stored ratings in the sandbox's SQLite database
(tables prefixed ``mx_`` and ``chat_ratings``). See docs/chat.md.
"""

from a11y_bank.sandbox.matrix.routes import routes

__all__ = ["routes"]
