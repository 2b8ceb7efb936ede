#!/usr/bin/env python3
"""A page read right after a write, over HTTP: one connection saves a value (untimed) then reads
the dashboard (timed), down the plan's indicators; beside it the trivial route read the same way,
one request at a time on the same kind of connection. Prints the two mean latencies and their
ratio (a figure for `make bench`, never a pass/fail threshold).
Usage: bench-after-write.py PORT PLAN_ID TOKEN [ROUNDS]"""
import http.client
import json
import sys
import time

port, plan, token = sys.argv[1], sys.argv[2], sys.argv[3]
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 300
auth = {"Authorization": "Bearer " + token}
connection = http.client.HTTPConnection("127.0.0.1", int(port))


def ask(method, path, body=None, headers=None):
    headers = dict(headers or {})
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body).encode()
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    return response.status, response.read()


def timed(method, path, headers=None):
    start = time.perf_counter()
    status, _ = ask(method, path, headers=headers)
    elapsed = time.perf_counter() - start
    if status != 200:
        sys.exit(f"{path}: HTTP {status}")
    return elapsed


status, body = ask("GET", f"/api/v1/plans/{plan}/evaluation?version=uoc_ca_nam", headers=auth)
evaluation = json.loads(body)
lines = [line for headline in evaluation["indicators"] for line in [headline] + headline.get("components", [])
         if line.get("target")]
revisions = {line["indicator_id"]: line.get("revision") or 0 for line in lines}
dashboard = f"/plans/{plan}"
for _ in range(20):
    timed("GET", dashboard, auth)
    timed("GET", "/api/v1/health")

page, trivial, saved = 0.0, 0.0, 0
for index in range(rounds):
    line = lines[index % len(lines)]
    text = line["target"]["text"] if index % 2 == 0 else (line.get("value") or line["target"])["text"]
    status, body = ask("POST", f"/api/v1/indicators/{line['indicator_id']}/observations", headers=auth, body={
        "period": evaluation["period"], "version": "uoc_ca_nam", "text": text,
        "based_on_revision": revisions[line["indicator_id"]]})
    if status != 201:
        sys.exit(f"saving “{text}” for “{line['name']}”: HTTP {status} {body[:300]!r}")
    revisions[line["indicator_id"]] = json.loads(body)["revision"]
    saved += 1
    page += timed("GET", dashboard, auth)
    trivial += timed("GET", "/api/v1/health")
print(f"{saved} {page / saved * 1000:.3f} {trivial / saved * 1000:.3f} {trivial / page:.3f}")
