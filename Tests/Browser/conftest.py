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


def password_of(login):
    """The demo's password of an account, from the file `vedich demo` writes (never committed)."""
    for line in pathlib.Path(os.environ["VEDICH_DEMO_ACCOUNTS"]).read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0] == login:
            return fields[1]
    raise KeyError(login)


@pytest.fixture
def log_in(browser, base_url):
    """Logs in as one of the demo accounts (a fresh session each time)."""
    from selenium.webdriver.common.by import By

    def as_account(login):
        browser.delete_all_cookies()
        browser.get(base_url + "/login")
        browser.find_element(By.ID, "login").send_keys(login)
        browser.find_element(By.ID, "password").send_keys(password_of(login))
        browser.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
        assert "Đăng xuất" in browser.find_element(By.CSS_SELECTOR, "header .account").text

    return as_account


@pytest.fixture(autouse=True)
def planning_office(log_in):
    """Every test starts as the planning office unless it logs in as someone else."""
    log_in("bientap")
