"""The year's cycle in the browser (issue 14): the planning office writes the 2026 plan from 2025's
indicator system, sets three targets and issues the plan, moves an indicator to another agency;
the admin gives that agency's officer an account; the officer downloads the fill-in workbook, an
office's spreadsheet fills it in (openpyxl), the officer uploads it and confirms; the dashboard then
shows the verdicts. The console is read after every page (conftest), and every step is saved as a
screenshot to be looked at."""
import pathlib
import tempfile
import urllib.request

import openpyxl
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

PREVIOUS = "Kế hoạch phát triển kinh tế - xã hội năm 2025"
NEW = "Kế hoạch phát triển kinh tế - xã hội năm 2026"
AGENCY = "Sở Nông nghiệp và Môi trường"
CLERK = "nongnghiep"
# name: (the HĐND's target for 2026, the officer's estimate for the year, the verdict it earns)
TARGETS = {
    "Xây dựng thêm xã đạt chuẩn nông thôn mới": ("10", 11, "Vượt"),
    "Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh": ("đạt 99,2%", 99.2, "Đạt"),
    # Poverty reduction moved to the agriculture and environment department in 2025.
    "Tỷ lệ hộ nghèo": ("còn 1,5%", 1.7, "Không đạt"),
}
MOVED = "Tỷ lệ hộ nghèo"


def click_and_wait(browser, element):
    """Clicks something that loads a page and waits for the new one: on a busy machine the old
    page's elements would otherwise still be found, and gone when read."""
    page = browser.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(browser, 20).until(expected_conditions.staleness_of(page))


def row_of(browser, table_id, name):
    """The row whose indicator cell reads the name, with or without its code before it."""
    for row in browser.find_elements(By.CSS_SELECTOR, f"#{table_id} tbody tr"):
        if any(cell.text.startswith(name) or cell.text.split(" ", 1)[-1].startswith(name) for cell in row.find_elements(By.TAG_NAME, "td")):
            return row
    raise AssertionError(f"no row “{name}” in #{table_id} on {browser.current_url}")


def hdnd_input(browser, name):
    return row_of(browser, "bang-ke-hoach", name).find_element(By.CSS_SELECTOR, "input[name$='_hdnd_tinh']")


def log_in_with(browser, base_url, login, password):
    browser.delete_all_cookies()
    browser.get(base_url + "/login")
    browser.find_element(By.ID, "login").send_keys(login)
    browser.find_element(By.ID, "password").send_keys(password)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.login button[type=submit]"))
    assert "Đăng xuất" in browser.find_element(By.CSS_SELECTOR, "header .account").text


def download(browser, url):
    """What the link gives this browser's session (the cookies are the browser's own)."""
    cookies = "; ".join(f"{cookie['name']}={cookie['value']}" for cookie in browser.get_cookies())
    request = urllib.request.Request(url, headers={"Cookie": cookies})
    with urllib.request.urlopen(request) as response:
        assert response.status == 200, url
        return response.read()


def fill_in(workbook_bytes, values):
    """An office's spreadsheet: the number under "Số liệu" on each named indicator's row."""
    folder = pathlib.Path(tempfile.mkdtemp())
    (folder / "mau.xlsx").write_bytes(workbook_bytes)
    book = openpyxl.load_workbook(folder / "mau.xlsx")
    sheet = book["Số liệu"]
    header = next(row for row in sheet.iter_rows() if any(cell.value == "Mã" for cell in row))
    value_column = next(cell.column for cell in header if cell.value == "Số liệu")
    filled = set()
    for row in sheet.iter_rows(min_row=header[0].row + 1):
        for name, value in values.items():
            if any(isinstance(cell.value, str) and cell.value.startswith(name) for cell in row):
                sheet.cell(row=row[0].row, column=value_column, value=value)
                filled.add(name)
    assert filled == set(values), f"the workbook lacks {set(values) - filled}"
    book.save(folder / "so-lieu.xlsx")
    return folder / "so-lieu.xlsx"


def test_the_2026_cycle_from_plan_to_verdicts(browser, base_url, shot, log_in, console):
    # The planning office creates 2026 from 2025's indicator system.
    browser.get(base_url + "/")
    click_and_wait(browser, browser.find_element(By.ID, "tao-ke-hoach-moi"))
    Select(browser.find_element(By.ID, "ky-han")).select_by_value("annual")
    year = browser.find_element(By.ID, "nam-dau")
    year.clear()
    year.send_keys("2026")
    Select(browser.find_element(By.ID, "sao-chep")).select_by_visible_text(f"Sao chép từ: {PREVIOUS} (Lạng Sơn)")
    shot("chu-ky-01-tao-ke-hoach")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#tao-ke-hoach button[type=submit]"))
    assert browser.current_url.endswith("/targets?done=tao"), browser.current_url
    assert "Đã tạo kế hoạch" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    plan = browser.current_url.split("/targets")[0]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#bang-ke-hoach tbody tr")) > 20, "2025's indicators came along"

    # A misspelt target is refused beside its cell, the text kept, nothing saved.
    console.expect("status of 422")
    hdnd_input(browser, MOVED).send_keys("1,,5")
    click_and_wait(browser, browser.find_element(By.ID, "luu-ke-hoach"))
    assert "Chưa lưu gì" in browser.find_element(By.CSS_SELECTOR, ".alert").text
    assert "“1,,5”" in row_of(browser, "bang-ke-hoach", MOVED).find_element(By.CSS_SELECTOR, ".error").text
    assert hdnd_input(browser, MOVED).get_attribute("value") == "1,,5"
    shot("chu-ky-02-ke-hoach-viet-sai")

    # Three targets of the HĐND tỉnh.
    for name, (target, _, _) in TARGETS.items():
        cell = hdnd_input(browser, name)
        cell.clear()
        cell.send_keys(target)
    click_and_wait(browser, browser.find_element(By.ID, "luu-ke-hoach"))
    assert "Đã lưu 3 chỉ tiêu kế hoạch" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    for name, (target, _, _) in TARGETS.items():
        assert hdnd_input(browser, name).get_attribute("value") == target, name
    shot("chu-ky-03-chi-tieu-ke-hoach")

    # The plan's settings page, reached from the dashboard.
    browser.get(plan)
    click_and_wait(browser, browser.find_element(By.ID, "cai-dat"))
    assert browser.find_element(By.ID, "cai-dat-ke-hoach").is_displayed()
    shot("chu-ky-04-cai-dat")

    # Issued: the targets are locked for the office.
    browser.get(plan + "/targets")
    browser.find_element(By.ID, "xac-nhan-ban-hanh").click()
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#ban-hanh button[type=submit]"))
    assert "Đã ban hành" in browser.find_element(By.ID, "da-ban-hanh").text
    assert not browser.find_elements(By.CSS_SELECTOR, "#bang-ke-hoach input"), "an issued plan's targets are not editable"
    shot("chu-ky-05-da-ban-hanh")

    # Poverty reduction goes to the agriculture and environment department.
    browser.get(plan + "/assignments")
    Select(browser.find_element(By.ID, "co-quan")).select_by_visible_text(AGENCY)
    moved = next(label for label in browser.find_elements(By.CSS_SELECTOR, "#bang-giao label") if label.text.endswith(MOVED))
    browser.find_element(By.ID, moved.get_attribute("for")).click()
    click_and_wait(browser, browser.find_element(By.ID, "giao"))
    assert AGENCY in row_of(browser, "bang-giao", MOVED).text
    shot("chu-ky-06-giao-chi-tieu")

    # The admin gives the department's officer an account, and sees the unlock form of the issued plan.
    log_in("quantri")
    browser.get(base_url + "/users")
    browser.find_element(By.ID, "ten-dang-nhap").send_keys(CLERK)
    browser.find_element(By.ID, "ho-ten").send_keys("Cán bộ Sở Nông nghiệp và Môi trường")
    Select(browser.find_element(By.ID, "vai-tro")).select_by_value("agency_clerk")
    Select(browser.find_element(By.ID, "tinh")).select_by_visible_text("Lạng Sơn")
    Select(browser.find_element(By.ID, "co-quan")).select_by_visible_text(AGENCY)
    click_and_wait(browser, browser.find_element(By.ID, "tao"))
    password = browser.find_element(By.ID, "mat-khau-tam").text.strip()
    assert password
    shot("chu-ky-07-tao-tai-khoan")
    browser.get(plan + "/targets")
    assert browser.find_element(By.ID, "mo-khoa-ke-hoach").is_displayed()
    shot("chu-ky-08-quan-tri-mo-khoa")

    # The officer downloads the workbook, the office's spreadsheet fills it in, the officer uploads it.
    log_in_with(browser, base_url, CLERK, password)
    browser.get(plan + "/entry")
    shot("chu-ky-09-nhap-lieu-can-bo")
    template = browser.find_element(By.ID, "tai-mau").get_attribute("href")
    filled = fill_in(download(browser, template), {name: value for name, (_, value, _) in TARGETS.items()})
    browser.find_element(By.ID, "tep-so-lieu").send_keys(str(filled))
    click_and_wait(browser, browser.find_element(By.ID, "xem-truoc-tep"))
    for name, (_, _, verdict) in TARGETS.items():
        assert verdict in row_of(browser, "xem-truoc-so-lieu", name).text, name
    shot("chu-ky-10-xem-truoc")
    click_and_wait(browser, browser.find_element(By.ID, "xac-nhan-nhap"))
    assert "saved=3" in browser.current_url, browser.current_url
    shot("chu-ky-11-da-nhap")

    # The dashboard and the table show the verdicts.
    browser.get(plan + "?version=uoc_ca_nam")
    assert NEW in browser.find_element(By.TAG_NAME, "h1").text
    assert "(vượt 1, đạt 1, không đạt 1)" in browser.find_element(By.ID, "cau-tong-hop").text
    shot("chu-ky-12-tong-quan")
    browser.get(plan + "/table?version=uoc_ca_nam")
    for name, (_, _, verdict) in TARGETS.items():
        assert verdict in row_of(browser, "bang-chi-tieu", name).text, name
    shot("chu-ky-13-bang-chi-tieu")
