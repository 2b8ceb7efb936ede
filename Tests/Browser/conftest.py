"""Browser tests: Debian's chromium, headless, driven by Selenium against a real VeDich server.

scripts/browser-tests.sh starts the server on a fresh SQLite database holding the Lạng Sơn
demo and passes its address in VEDICH_BASE_URL; screenshots go to test-output/screenshots/.
"""
import os
import pathlib

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

SHOTS = pathlib.Path(os.environ.get("VEDICH_SCREENSHOTS", "test-output/screenshots"))


@pytest.fixture(scope="session")
def base_url():
    return os.environ["VEDICH_BASE_URL"].rstrip("/")


@pytest.fixture(scope="session")
def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


@pytest.fixture
def shot(browser):
    """Saves what the person sees, full height, under a name of the test's choosing."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(name):
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(1366, max(768, min(height, 6000)))
        browser.save_screenshot(str(SHOTS / f"{name}.png"))
        browser.set_window_size(1366, 768)

    return take
