"""A local SMTP sink for the reminder tests: every message it receives is written to FOLDER as
N.eml (as received) and N.json (envelope, decoded subject, text and HTML bodies), and the port it
listens on to FOLDER/port once it is ready. Stops when FOLDER/stop appears or after 120 s.

    .venv/bin/python Tests/Support/smtp_sink.py FOLDER
"""
import json
import os
import socket
import sys
import time
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        raw = envelope.original_content or envelope.content
        with open(os.path.join(self.folder, f"{self.count}.eml"), "wb") as out:
            out.write(raw)
        message = message_from_bytes(raw, policy=policy.default)
        plain = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "content_types": [part.get_content_type() + "; charset=" + str(part.get_content_charset()) for part in message.walk()
                              if not part.is_multipart()],
            "plain": plain.get_content() if plain is not None else None,
            "html": html.get_content() if html is not None else None,
        }
        with open(os.path.join(self.folder, f"{self.count}.json"), "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False)
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    folder = sys.argv[1]
    port = free_port()
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    with open(os.path.join(folder, "port"), "w") as out:
        out.write(str(port))
    deadline = time.time() + 120
    while time.time() < deadline and not os.path.exists(os.path.join(folder, "stop")):
        time.sleep(0.05)
    controller.stop()


if __name__ == "__main__":
    main()
