"""`tradefacts serve`: it listens on 127.0.0.1 by default, answers, stops on Ctrl-C, and
a port it cannot take is one line, not a traceback."""
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from tests.conftest import ROOT


_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # local: no proxy, whatever the environment says


def _serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_listens_on_localhost_answers_and_stops_on_ctrl_c():
    server = _serve("--port", "0")  # a free port, which it names
    try:
        line = server.stderr.readline()
        assert line.startswith("tradefacts serving on http://127.0.0.1:"), line
        url = line.split()[3].rstrip("/")
        request = urllib.request.Request(url + "/check", method="POST", headers={"content-type": "application/json"},
                                         data=json.dumps({"text": "Kenyan exports rose 12% to $1.2 billion in 2023."}).encode())
        with _direct.open(request, timeout=60) as answer:
            assert answer.status == 200 and json.load(answer)["facts"][0]["measure"] == "export"
        with _direct.open(url + "/", timeout=10) as page:
            assert b'action="/sheet"' in page.read()
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=30)
    assert server.returncode == 0 and err.strip().endswith("stopped") and "Traceback" not in err


def test_a_port_in_use_is_one_line_and_exit_two():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = _serve("--port", str(port))
        out, err = server.communicate(timeout=120)
    assert server.returncode == 2
    assert err.strip() == f"error: cannot listen on 127.0.0.1:{port}: Address already in use", err


def test_a_host_that_is_no_address_is_one_line():
    started = time.monotonic()
    server = _serve("--host", "no-such-host.invalid", "--port", "0")
    out, err = server.communicate(timeout=120)
    assert server.returncode == 2 and err.startswith("error: cannot listen on no-such-host.invalid:0")
    assert len(err.strip().splitlines()) == 1 and time.monotonic() - started < 120
