"""Every page as each role: the console stays clean (no error, no CSP violation), each page offers
only the forms the person may send, says "chỉ xem" when it is read-only, fits a 390-px phone,
and is saved as a screenshot to be looked at."""
import pytest
from selenium.webdriver.common.by import By

ANNUAL = "Kế hoạch phát triển kinh tế - xã hội năm 2024"
FIVE_YEARS = "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025"
GRDP = "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)"
HEALTH_COMMUNES = "Duy trì số xã đạt Bộ tiêu chí quốc gia về y tế xã"

# The demo's accounts, one per role (scripts/browser-tests.sh runs `vedich demo`).
ROLES = {
    "quantri": "admin",
    "bientap": "planner",
    "pheduyet": "approver",
    "soyte": "agency_clerk",
    "botaichinh": "viewer",
}
EDITORS = {"quantri", "bientap"}
ENTERS_VALUES = {"quantri", "bientap", "soyte"}


def plan_links(browser, base_url):
    browser.get(base_url + "/")
    return {link.text: link.get_attribute("href") for link in browser.find_elements(By.CSS_SELECTOR, "main li a")}


def indicator_link(browser, table_url, name_start):
    browser.get(table_url)
    for link in browser.find_elements(By.CSS_SELECTOR, "#bang-chi-tieu td.name a"):
        if link.text.startswith(name_start):
            return link.get_attribute("href")
    raise AssertionError(f"no indicator “{name_start}” on {table_url}")


def pages_of(browser, base_url, login):
    """Every page this person reaches from the navigation, by a name for its screenshot."""
    plans = plan_links(browser, base_url)
    annual, five_years = plans[ANNUAL], plans[FIVE_YEARS]
    pages = {"ke-hoach": base_url + "/", "tai-khoan": base_url + "/account"}
    for short, plan in (("2024", annual), ("2021-2025", five_years)):
        pages |= {
            f"tong-quan-{short}": plan,
            f"bang-{short}": plan + "/table",
            f"so-lieu-{short}": plan + "/entry",
            f"noi-dung-{short}": plan + "/sections",
            f"phe-duyet-{short}": plan + "/workflow",
        }
    pages["chi-tieu-grdp"] = indicator_link(browser, annual + "/table", GRDP)
    pages["chi-tieu-tong-hop"] = indicator_link(browser, annual + "/table", HEALTH_COMMUNES)
    if login in EDITORS:
        pages["nhap-bao-cao"] = base_url + "/import"
    # The catalogue and the bulk assignment: read by all, forms for the planning office.
    pages["danh-muc-2024"] = annual + "/catalogue"
    pages["giao-chi-tieu-2024"] = annual + "/assignments"
    grdp_id = pages["chi-tieu-grdp"].split("/indicators/")[1].split("?")[0]
    pages["danh-muc-grdp"] = annual + "/catalogue/" + grdp_id
    if login in EDITORS:
        pages["co-quan"] = base_url + "/agencies"
        pages["nguoi-dung"] = base_url + "/users"
    return pages


@pytest.mark.parametrize("login", ROLES)
def test_every_page_as_each_role_has_a_clean_console(browser, base_url, shot, log_in, console, login):
    log_in(login)
    for name, url in pages_of(browser, base_url, login).items():
        browser.get(url)
        assert browser.find_element(By.TAG_NAME, "h1").text, f"{name} has a heading"
        assert not console.take(browser.wrapped_driver), f"{name} as {login}: the console reported errors"
        shot(f"{ROLES[login]}-{name}")


@pytest.mark.parametrize("login", ROLES)
def test_each_role_sees_only_the_forms_it_may_send(browser, base_url, log_in, login):
    log_in(login)
    plans = plan_links(browser, base_url)
    nav = browser.find_element(By.CSS_SELECTOR, "header.site nav").text
    assert ("API" in nav.split("\n") or "API" in nav.split()) == (login == "quantri"), "the API link is for the administrator"

    browser.get(plans[ANNUAL])
    actions = browser.find_element(By.CSS_SELECTOR, "p.actions").text
    assert ("Nhập số liệu" in actions) == (login in ENTERS_VALUES), actions

    browser.get(plans[ANNUAL] + "/entry")
    title = browser.find_element(By.TAG_NAME, "h1").text
    if login in ENTERS_VALUES:
        assert title.startswith("Nhập số liệu") and browser.find_elements(By.CSS_SELECTOR, "form.entry")
    else:
        assert not title.startswith("Nhập số liệu") and "(chỉ xem)" in title
        assert not browser.find_elements(By.CSS_SELECTOR, "form.entry, main input[type=text]")

    browser.get(plans[ANNUAL] + "/sections")
    title = browser.find_element(By.TAG_NAME, "h1").text
    saves = browser.find_elements(By.XPATH, "//button[normalize-space()='Lưu mục này']")
    if login in EDITORS:
        assert saves and "(chỉ xem)" not in title
        editor = browser.find_element(By.CSS_SELECTOR, "form.section-edit textarea")
        window = browser.execute_script("return document.documentElement.clientWidth")
        assert editor.size["width"] >= window / 2, f"the sections editor is {editor.size['width']} px wide in a {window} px window"
        label = browser.find_element(By.CSS_SELECTOR, f"label[for='{editor.get_attribute('id')}']")
        assert label.location["y"] + label.size["height"] <= editor.location["y"] + 1, "the label stands above its editor"
    else:
        assert not saves and not browser.find_elements(By.CSS_SELECTOR, "main textarea") and "(chỉ xem)" in title


def test_the_sections_editor_grows_with_its_text(browser, base_url):
    plan = plan_links(browser, base_url)[ANNUAL]
    browser.get(plan + "/sections")
    editor = browser.find_element(By.CSS_SELECTOR, "form.section-edit textarea")
    before = editor.size["height"]
    editor.send_keys("\nMột đoạn mới." * 12)
    assert editor.size["height"] > before, "the editor grows as text is typed (field-sizing: content)"
    assert browser.execute_script("return arguments[0].scrollHeight <= arguments[0].clientHeight + 2", editor)


@pytest.mark.parametrize("login", ["bientap", "botaichinh"])
def test_no_page_scrolls_sideways_on_a_390_px_phone(browser, base_url, shot, log_in, login):
    log_in(login)
    pages = pages_of(browser, base_url, login)
    browser.set_window_size(390, 844)
    try:
        for name, url in pages.items():
            browser.get(url)
            # The width left beside a vertical scroll bar, if the page has one.
            width = browser.execute_script("return document.documentElement.clientWidth")
            assert width <= 390, f"the window is {width} px wide"
            scroll = browser.execute_script("return document.documentElement.scrollWidth")
            assert scroll <= width, f"{name} as {login} is {scroll} px wide on a {width} px screen"
            shot(f"390-{ROLES[login]}-{name}")
    finally:
        browser.set_window_size(1366, 768)


def test_the_dashboard_lists_as_many_indicators_without_data_as_its_chart_counts(browser, base_url):
    for title in (ANNUAL, FIVE_YEARS):
        browser.get(plan_links(browser, base_url)[title])
        label = browser.find_element(By.CSS_SELECTOR, "svg[role=img]").get_attribute("aria-label")
        charted = int(label.split("Chưa có số liệu: ")[1].split(",")[0].split(".")[0])
        listed = browser.find_elements(By.CSS_SELECTOR, "#chua-co-so-lieu > li")
        assert len(listed) == charted, f"{title}: the chart counts {charted} without data, the list names {len(listed)}"


def test_a_composite_indicator_page_lists_its_parts(browser, base_url, shot):
    annual = plan_links(browser, base_url)[ANNUAL]
    browser.get(indicator_link(browser, annual + "/table", HEALTH_COMMUNES))
    parts = browser.find_elements(By.CSS_SELECTOR, "#thanh-phan tbody tr")
    assert len(parts) >= 2, "a composite's page lists its parts"
    assert browser.find_elements(By.CSS_SELECTOR, "#thanh-phan .verdict")


def test_printing_the_table_leaves_out_the_menu_and_repeats_its_header(browser, base_url, shot):
    annual = plan_links(browser, base_url)[ANNUAL]
    driver = browser.wrapped_driver
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for url in (annual + "/table", annual):
            browser.get(url)
            assert not browser.find_element(By.CSS_SELECTOR, "header.site").is_displayed(), f"{url}: no menu on paper"
        browser.get(annual + "/table")
        header = browser.execute_script("return getComputedStyle(document.querySelector('#bang-chi-tieu thead')).display")
        assert header == "table-header-group", "the table's header row is repeated on every printed page"
        shot("in-bang-2024")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
