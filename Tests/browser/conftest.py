"""Browser tests: a real headless Chromium, driven over WebDriver, against the real server on a throwaway
database. Each run starts its own embedded PostgreSQL and `underdog serve` on free ports, in a fresh folder,
and stops them whatever happens. Screenshots of every page visited go to a folder the run prints."""

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager fetch drivers or send statistics
os.environ["SE_AVOID_STATS"] = "true"

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("UNDERDOG_BIN", os.path.join(ROOT, ".build", "debug", "underdog"))
TIMINGS = []
WEIGHTS = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The embedded database and the server, on free ports, under a folder of their own."""

    def __init__(self):
        parent = os.environ.get("UNDERDOG_TEST_TMP") or tempfile.gettempdir()
        self.home = tempfile.mkdtemp(prefix="browser-", dir=parent)
        os.chmod(self.home, 0o755)
        self.port = free_port()
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/root"),
            "UNDERDOG_HOME": self.home,
            "UNDERDOG_ROOT": ROOT,
            "UNDERDOG_DB_PORT": str(free_port()),
            "UNDERDOG_PG_BIN": os.environ.get("UNDERDOG_PG_BIN", ""),
            "UNDERDOG_WORKERS": "0",
            "LOG_FORMAT": "text",
        }
        self.process = None
        self.passwords = {}

    def run(self, *args):
        result = subprocess.run([BINARY, *args], env=self.env, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            raise RuntimeError(f"underdog {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout + result.stderr

    def start(self):
        self.run("db", "start")
        self.run("migrate")
        seeded = self.run("seed")
        for email, password in re.findall(r"(\S+@\S+)\s+password:\s+(\S+)", seeded):
            self.passwords[email] = password
        self.log = open(os.path.join(self.home, "serve.log"), "w")
        self.process = subprocess.Popen([BINARY, "serve", "--port", str(self.port)], env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.url("/ready"), timeout=2) as response:
                    if response.status == 200:
                        return
            except Exception:
                time.sleep(0.3)
        raise RuntimeError("the server did not get ready:\n" + open(os.path.join(self.home, "serve.log")).read()[-3000:])

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def sql(self, query):
        """One value from the database, through psql as the owner (for checking that nothing was written)."""
        password = open(os.path.join(self.home, "db.password")).read().strip()
        psql = os.path.join(self.env["UNDERDOG_PG_BIN"], "psql")
        result = subprocess.run([psql, "-X", "-A", "-t", "-h", "127.0.0.1", "-p", self.env["UNDERDOG_DB_PORT"], "-U", "postgres", "-d", "underdog", "-c", query],
                                env={**self.env, "PGPASSWORD": password}, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise RuntimeError(result.stderr)
        return result.stdout.strip()

    def stop(self):
        if self.process:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        try:
            self.run("db", "stop")
        except Exception:
            pass
        shutil.rmtree(self.home, ignore_errors=True)


@pytest.fixture(scope="session")
def server():
    instance = Server()
    try:
        instance.start()
        yield instance
    finally:
        instance.stop()


@pytest.fixture(scope="session")
def shots():
    folder = os.environ.get("UNDERDOG_SCREENSHOTS") or tempfile.mkdtemp(prefix="underdog-screens-")
    os.makedirs(folder, exist_ok=True)
    yield folder
    print(f"\nscreenshots: {folder}")
    if TIMINGS:
        slowest = max(TIMINGS, key=lambda item: item[1])
        print(f"domContentLoaded over {len(TIMINGS)} page loads: slowest {slowest[1]:.0f} ms ({slowest[0]}), "
              f"median {sorted(t for _, t in TIMINGS)[len(TIMINGS) // 2]:.0f} ms")
    if WEIGHTS:
        heaviest = max(WEIGHTS, key=lambda item: item[1])
        print(f"page weight (HTML + CSS + JS, decoded): heaviest {heaviest[1] / 1024:.1f} KB ({heaviest[0]})")


def make_driver(width=1280, javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},900"]:
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture
def browser():
    driver = make_driver()
    yield driver
    driver.quit()


@pytest.fixture
def phone():
    driver = make_driver(width=375)
    yield driver
    driver.quit()


@pytest.fixture
def no_script_browser():
    driver = make_driver(javascript=False)
    yield driver
    driver.quit()
