"""Browser tests: Debian's chromium, headless, driven by Selenium against a real VeDich server.

scripts/browser-tests.sh starts the server on a fresh SQLite database holding the Lạng Sơn
demo and passes its address in VEDICH_BASE_URL; screenshots go to test-output/screenshots/
(VEDICH_SCREENSHOTS moves them).

The browser's console is read after every page load and click: any error (a failed resource, a
script error) or a Content-Security-Policy violation fails the test that caused it, unless the
test said it expects that very message (`console.expect("status of 400")`).
"""
import base64
import os
import pathlib

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.events import AbstractEventListener, EventFiringWebDriver
from selenium.webdriver.support.ui import WebDriverWait

SHOTS = pathlib.Path(os.environ.get("VEDICH_SCREENSHOTS", "test-output/screenshots"))


@pytest.fixture(scope="session")
def base_url():
    return os.environ["VEDICH_BASE_URL"].rstrip("/")


class ConsoleWatch(AbstractEventListener):
    """Collects what the browser's console says is wrong, page by page."""

    def __init__(self):
        self.problems = []
        self.expected = []
        self.leaving = False

    def read(self, driver):
        for entry in driver.get_log("browser"):
            message = entry["message"]
            is_problem = entry["level"] == "SEVERE" or "Content Security Policy" in message
            if is_problem and not any(expected in message for expected in self.expected):
                self.problems.append(f"{driver.current_url}: {message}")

    def after_navigate_to(self, url, driver):
        self.read(driver)

    def before_click(self, element, driver):
        # A click that submits a form or follows a link loads a new page: the test's next look-up
        # must find it there, not in the page still on screen (a stale row, seen in CI). The page
        # being left is marked, and the new one is the one without the mark.
        self.leaving = bool(driver.execute_script(LOADS_A_PAGE, element))
        if self.leaving:
            driver.execute_script("window.__vedichLeaving = true;")

    def after_click(self, element, driver):
        if self.leaving:
            try:
                # While the browser swaps documents a script may fail ("node does not belong to
                # the document"): that is the old page going, so ask again.
                WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(
                    lambda d: d.execute_script("return window.__vedichLeaving === undefined && document.readyState === 'complete'"))
            except TimeoutException:
                pass  # the page stayed (a form the browser held back): the test's own look-up says so
            self.leaving = False
        self.read(driver)

    def after_navigate_back(self, driver):
        self.read(driver)

    def expect(self, message):
        """A message this test causes on purpose (an answer of 400 to a refused form)."""
        self.expected.append(message)

    def take(self, driver):
        """The problems since the last call, read to the end of the console first."""
        self.read(driver)
        problems, self.problems = self.problems, []
        return problems


# Whether clicking this element loads another page: a submit button of a form that is not a
# dialog's, or a link to another address that is not a download.
LOADS_A_PAGE = """
const element = arguments[0];
const link = element.closest('a[href]');
if (link) {
    const href = link.getAttribute('href');
    return !href.startsWith('#') && !link.hasAttribute('download') && link.target !== '_blank';
}
const button = element.closest('button, input[type=submit]');
if (!button || !button.form || button.type !== 'submit') return false;
const method = (button.getAttribute('formmethod') || button.form.getAttribute('method') || '').toLowerCase();
return method !== 'dialog' && button.form.target !== '_blank';
"""

WATCH = ConsoleWatch()


@pytest.fixture(scope="session")
def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    yield EventFiringWebDriver(driver, WATCH)
    driver.quit()


@pytest.fixture(autouse=True)
def console(browser):
    """Every test ends with a clean console: no error, no CSP violation on any page it loaded."""
    WATCH.take(browser.wrapped_driver)
    WATCH.expected = []
    yield WATCH
    problems = WATCH.take(browser.wrapped_driver)
    WATCH.expected = []
    assert not problems, "the browser console reported:\n" + "\n".join(problems)


@pytest.fixture
def shot(browser):
    """Saves what the person sees, full height, under a name of the test's choosing."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(name):
        # Beyond the window by the DevTools protocol: headless chromium keeps a window no taller
        # than its virtual screen, so enlarging the window cut long pages off.
        driver = browser.wrapped_driver
        size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
        # Captured beyond the window the page has no scroll bar: the whole window's width.
        width = max(size["width"], driver.execute_script("return window.innerWidth"))
        clip = {"x": 0, "y": 0, "width": width, "height": min(size["height"], 8000), "scale": 1}
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip})
        (SHOTS / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))

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

    def as_account(login):
        browser.delete_all_cookies()
        browser.get(base_url + "/login")
        browser.find_element(By.ID, "login").send_keys(login)
        browser.find_element(By.ID, "password").send_keys(password_of(login))
        browser.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
        assert "Đăng xuất" in browser.find_element(By.CSS_SELECTOR, "header .account").text

    return as_account


@pytest.fixture(autouse=True)
def planning_office(console, log_in):
    """Every test starts as the planning office unless it logs in as someone else."""
    log_in("bientap")
