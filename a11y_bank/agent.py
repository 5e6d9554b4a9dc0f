"""``a11y-bank-agent``: a small console for bank staff to answer support chats.

    a11y-bank-agent --url http://127.0.0.1:8080 --user staff1      (password asked, or --password-stdin)

It logs in to the homeserver (the sandbox or a real one), joins every support room it is invited to (the
demo agent invites staff when a customer asks for a person), prints each new message as
``[room] sender: text`` and sends what you type to the current room. Commands: ``/rooms``, ``/room N``,
``/history``, ``/help``, ``/quit``. No Qt: it runs on a bare server or a staff terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TextIO

from a11y_bank.chat.client import MatrixClient, new_txn_id
from a11y_bank.chat.config import ChatConfig
from a11y_bank.chat.errors import ChatError
from a11y_bank.chat.models import MESSAGE_TYPE, RATING_TYPE, ChatEvent, SyncBatch

__all__ = ["AgentConsole", "main"]

HELP = (
    "Type a message and press Enter to send it to the current room.\n"
    "/rooms       list your rooms (the current one is marked *)\n"
    "/room N      make room N current\n"
    "/history     show the last messages of the current room\n"
    "/quit        leave the console"
)


def describe(event: ChatEvent) -> str | None:
    """One printable line for a message or a rating; None for anything else."""
    who = event.sender.removeprefix("@").split(":", 1)[0]
    when = event.timestamp.astimezone().strftime("%H:%M")
    if event.type == MESSAGE_TYPE and event.is_message:
        return f"{when} {who}: {event.body}"
    if event.type == RATING_TYPE:
        complaint = event.content.get("complaint") or ""
        line = f"{when} {who} rated the chat {event.content.get('score')}/10"
        return f"{line}; complaint: {complaint}" if complaint else line
    return None


class AgentConsole:
    """The console's state and commands, separate from stdin/stdout so tests can drive it."""

    def __init__(self, client: MatrixClient, out: TextIO) -> None:
        self.client = client
        self.out = out
        self.rooms: list[str] = []
        self.current: str | None = None
        self.since: str | None = None
        self._print_lock = threading.Lock()

    def say(self, text: str) -> None:
        with self._print_lock:
            self.out.write(text + "\n")
            self.out.flush()

    def start(self) -> None:
        """First sync: join pending invites and remember the rooms (old messages are not printed)."""
        batch = self.client.sync(None, timeout_ms=0)
        self.since = batch.next_batch
        self._take_rooms(batch)

    def poll(self, timeout_ms: int = 25_000) -> None:
        batch = self.client.sync(self.since, timeout_ms=timeout_ms)
        self.since = batch.next_batch
        self._take_rooms(batch)
        for room_id, update in batch.rooms.items():
            for event in update.events:
                line = describe(event)
                if line is not None and event.sender != self.client.user_id:
                    self.say(f"[{self._number(room_id)}] {line}")

    def _take_rooms(self, batch: SyncBatch) -> None:
        for room_id in batch.invites:
            self.client.join_room(room_id)
            self.say(f"Joined room {self._number(room_id)}: a customer asked for a person.")
            self.current = room_id
        for room_id in batch.rooms:
            self._number(room_id)
        if self.current is None and self.rooms:
            self.current = self.rooms[-1]

    def _number(self, room_id: str) -> int:
        if room_id not in self.rooms:
            self.rooms.append(room_id)
        return self.rooms.index(room_id) + 1

    def handle(self, line: str) -> bool:
        """Act on one typed line; False means quit."""
        text = line.rstrip("\n")
        if not text.strip():
            return True
        command, _, argument = text.strip().partition(" ")
        commands: dict[str, Callable[[str], bool]] = {
            "/quit": lambda _a: False,
            "/help": self._help,
            "/rooms": self._list_rooms,
            "/room": self._choose_room,
            "/history": self._history,
        }
        if command in commands:
            return commands[command](argument)
        return self._send(text)

    def _help(self, _argument: str) -> bool:
        self.say(HELP)
        return True

    def _list_rooms(self, _argument: str) -> bool:
        if not self.rooms:
            self.say("No rooms yet: you are invited when a customer asks for a person.")
        for number, room_id in enumerate(self.rooms, 1):
            self.say(f"{'*' if room_id == self.current else ' '} {number}  {room_id}")
        return True

    def _choose_room(self, argument: str) -> bool:
        if not argument.isdigit() or not 1 <= int(argument) <= len(self.rooms):
            self.say(f"No room {argument!r}; /rooms lists them.")
            return True
        self.current = self.rooms[int(argument) - 1]
        self.say(f"Room {argument} is current.")
        return True

    def _history(self, _argument: str) -> bool:
        if self.current is None:
            self.say("No current room.")
            return True
        page = self.client.messages(self.current, limit=20)
        for event in reversed(page.events):
            line = describe(event)
            if line is not None:
                self.say(line)
        return True

    def _send(self, text: str) -> bool:
        if self.current is None:
            self.say("No current room: wait for a customer, or pick one with /room N.")
            return True
        # One txn id per line, reused by the client's retries: a line is never delivered twice.
        self.client.send_message(self.current, text, new_txn_id())
        return True


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="a11y-bank-agent", description="Answer support chats as bank staff."
    )
    parser.add_argument("--url", required=True, help="homeserver origin, e.g. http://127.0.0.1:8080")
    parser.add_argument("--user", required=True, help="staff user name, e.g. staff1")
    parser.add_argument("--password-stdin", action="store_true", help="read the password from the first line")
    return parser.parse_args(argv)


def _sync_forever(console: AgentConsole, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            console.poll()
        except Exception as exc:  # also the closed client at exit
            if stop.is_set():
                return
            console.say(f"(connection problem: {type(exc).__name__}; retrying)")
            stop.wait(2.0)


def main(argv: Sequence[str] | None = None, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    args = parse_args(argv)
    password = stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    client = MatrixClient(ChatConfig(args.url))
    console = AgentConsole(client, stdout)
    try:
        client.login_password(args.user, password, device_id="AGENTCONSOLE")
        console.start()
    except ChatError as exc:
        console.say(f"Could not log in: {type(exc).__name__}")
        client.close()
        return 1
    console.say(f"Logged in as {client.user_id}. /help lists the commands.")
    stop = threading.Event()
    threading.Thread(target=_sync_forever, args=(console, stop), name="agent-sync", daemon=True).start()
    try:
        for line in stdin:
            try:
                if not console.handle(line):
                    break
            except ChatError as exc:
                console.say(f"Not sent: {type(exc).__name__}. Try again.")
    finally:
        stop.set()
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
