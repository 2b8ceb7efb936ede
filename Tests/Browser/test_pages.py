"""What a person in a provincial planning office does in the browser."""
import pathlib

from selenium.webdriver.common.by import By

SEED = pathlib.Path(__file__).resolve().parents[1] / "VeDichImportTests" / "Fixtures" / "lang-son-2025.txt"


def open_plan(browser, base_url, title):
    browser.get(base_url + "/")
    browser.find_element(By.LINK_TEXT, title).click()


def test_dashboard_of_the_five_year_plan_shows_14_of_18(browser, base_url, shot):
    open_plan(browser, base_url, "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025")
    assert browser.find_element(By.CSS_SELECTOR, "#tong-hop .big").text == "14/18"
    assert "đạt và vượt 14/18 chỉ tiêu" in browser.find_element(By.ID, "cau-tong-hop").text
    assert browser.find_element(By.CSS_SELECTOR, "svg[role=img]").get_attribute("aria-label").startswith("Biểu đồ số chỉ tiêu")
    shot("dashboard-2021-2025")
    browser.find_element(By.LINK_TEXT, "Xem bảng chỉ tiêu").click()
    row = browser.find_element(By.CSS_SELECTOR, "tr[data-code='II.5']")
    assert "Không đạt" in row.text
    shot("bang-chi-tieu-2021-2025")


def verdict_of(browser, code):
    return browser.find_element(By.CSS_SELECTOR, f"tr[data-code='{code}'] .verdict").text


def entry_field(browser, name):
    row = browser.find_element(By.CSS_SELECTOR, f"tr[data-name='{name}']")
    return row.find_element(By.CSS_SELECTOR, "input[type=text]")


ROADS = "Tỷ lệ xã có đường ô tô đến trung tâm xã được rải nhựa hoặc bê tông (%)"
VILLAGE_ROADS = "Tỷ lệ thôn có đường ô tô đến trung tâm được cứng hóa (%)"


def test_entering_values_changes_the_verdict_on_the_table(browser, base_url, shot):
    open_plan(browser, base_url, "Kế hoạch phát triển kinh tế - xã hội năm 2024")
    browser.find_element(By.LINK_TEXT, "Xem bảng chỉ tiêu").click()
    assert verdict_of(browser, "II.2") == "Không đạt"
    browser.find_element(By.LINK_TEXT, "Tổng quan").click()
    browser.find_element(By.LINK_TEXT, "Nhập số liệu").click()
    for name, value in ((ROADS, "97,5"), (VILLAGE_ROADS, "82,5")):
        field = entry_field(browser, name)
        field.clear()
        field.send_keys(value)
    shot("nhap-so-lieu-2024")
    browser.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]").click()
    assert "Đã lưu 2 giá trị" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    browser.get(browser.current_url.split("/entry")[0] + "/table")
    assert verdict_of(browser, "II.2") in ("Đạt", "Vượt")
    shot("bang-chi-tieu-2024-sau-khi-nhap")


def test_a_malformed_value_is_refused_in_vietnamese_and_kept(browser, base_url, shot, console):
    console.expect("status of 400")  # the refused form answers 400, and says why on the page
    open_plan(browser, base_url, "Kế hoạch phát triển kinh tế - xã hội năm 2024")
    browser.find_element(By.LINK_TEXT, "Nhập số liệu").click()
    field = entry_field(browser, "Trồng rừng mới (ha)")
    field.clear()
    field.send_keys("9,15,0")
    browser.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]").click()
    field = entry_field(browser, "Trồng rừng mới (ha)")
    assert field.get_attribute("value") == "9,15,0"
    assert field.get_attribute("aria-invalid") == "true"
    message = browser.find_element(By.ID, field.get_attribute("aria-describedby")).text
    assert "hơn một dấu phẩy thập phân" in message
    assert "Chưa lưu gì" in browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    shot("nhap-so-lieu-loi")


def test_uploading_the_seed_flags_2024_II2(browser, base_url, shot):
    browser.get(base_url + "/import")
    shot("nhap-bao-cao")
    browser.find_element(By.ID, "file").send_keys(str(SEED))
    browser.find_element(By.CSS_SELECTOR, "form[action='/import'] button[type=submit]").click()
    findings = browser.find_element(By.ID, "phat-hien").text
    assert "chỉ tiêu II.2" in findings and "văn bản ghi “Vượt” nhưng số liệu cho “Không đạt”" in findings
    first_table_row = browser.find_elements(By.CSS_SELECTOR, "tr.mismatch[data-code='II.2']")
    assert first_table_row, "2024 II.2 is marked as a contradiction"
    shot("kiem-tra-bao-cao")
    assert browser.find_element(By.ID, "xem-truoc").text  # a preview of the changes
    browser.find_element(By.ID, "xac-nhan").click()
    assert browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    shot("da-nhap")


def test_the_indicator_page_draws_values_and_the_target_band(browser, base_url, shot):
    open_plan(browser, base_url, "Kế hoạch phát triển kinh tế - xã hội năm 2024")
    browser.find_element(By.LINK_TEXT, "Xem bảng chỉ tiêu").click()
    browser.find_element(By.LINK_TEXT, "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)").click()
    assert "6,33" in browser.find_element(By.ID, "so-lieu").text
    chart = browser.find_elements(By.CSS_SELECTOR, "svg[role=img]")
    assert chart and "Biểu đồ giá trị theo kỳ" in chart[0].get_attribute("aria-label")
    shot("chi-tieu-grdp")


def test_keyboard_reaches_the_content_first(browser, base_url):
    browser.get(base_url + "/")
    skip = browser.find_element(By.CSS_SELECTOR, "a.skip")
    assert skip.get_attribute("href").endswith("#noi-dung")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"


HEALTH_INSURANCE = "Tỷ lệ người dân tham gia bảo hiểm y tế (%)"


def test_an_approved_agency_finds_its_entry_form_locked(browser, base_url, shot, log_in):
    five_years = "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025"
    log_in("soyte")
    open_plan(browser, base_url, five_years)
    browser.find_element(By.LINK_TEXT, "Gửi và phê duyệt").click()
    row = browser.find_element(By.CSS_SELECTOR, "tr[data-agency='Sở Y tế']")
    row.find_element(By.XPATH, ".//button[normalize-space()='Gửi phê duyệt']").click()
    assert "Đã gửi phê duyệt" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    shot("gui-phe-duyet")

    log_in("pheduyet")
    open_plan(browser, base_url, five_years)
    browser.find_element(By.LINK_TEXT, "Gửi và phê duyệt").click()
    row = browser.find_element(By.CSS_SELECTOR, "tr[data-agency='Sở Y tế']")
    row.find_element(By.XPATH, ".//button[normalize-space()='Phê duyệt']").click()
    # Approving locks the figures, so the server asks again before it does.
    assert "Sở Y tế" in browser.find_element(By.ID, "xac-nhan").text
    shot("xac-nhan-phe-duyet")
    browser.find_element(By.XPATH, "//button[normalize-space()='Xác nhận phê duyệt và khóa']").click()
    row = browser.find_element(By.CSS_SELECTOR, "tr[data-agency='Sở Y tế']")
    assert row.get_attribute("data-status") == "approved"
    shot("da-phe-duyet")

    log_in("soyte")
    open_plan(browser, base_url, five_years)
    browser.find_element(By.LINK_TEXT, "Nhập số liệu").click()
    lock = browser.find_element(By.CSS_SELECTOR, "p.locked").text
    assert "Sở Y tế kỳ này đã được Lãnh đạo Sở Tài chính phê duyệt và khóa lúc" in lock
    # Nothing left this clerk may change: no form, the values as text, a read-only title.
    assert not browser.find_elements(By.CSS_SELECTOR, "form.entry")
    row = browser.find_element(By.CSS_SELECTOR, f"tr[data-name='{HEALTH_INSURANCE}']")
    assert not row.find_elements(By.TAG_NAME, "input") and row.find_element(By.CSS_SELECTOR, "td.value").text
    assert "(chỉ xem)" in browser.find_element(By.TAG_NAME, "h1").text
    shot("nhap-so-lieu-da-khoa")


def test_without_logging_in_the_login_page_answers(browser, base_url, shot):
    browser.delete_all_cookies()
    browser.get(base_url + "/")
    assert "/login" in browser.current_url
    assert browser.find_element(By.ID, "login").get_attribute("autocomplete") == "username"
    shot("dang-nhap")


def change_direction(browser, label, reason):
    form = browser.find_element(By.ID, "doi-huong")
    form.find_element(By.XPATH, f".//select[@id='huong']/option[normalize-space()='{label}']").click()
    form.find_element(By.ID, "ly-do-huong").send_keys(reason)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    assert "Đã đổi hướng đánh giá" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text


def test_the_planner_changes_a_direction_and_the_verdict_and_change_log_follow(browser, base_url, shot):
    open_plan(browser, base_url, "Kế hoạch phát triển kinh tế - xã hội năm 2024")
    browser.find_element(By.LINK_TEXT, "Xem bảng chỉ tiêu").click()
    table = browser.current_url
    # II.1: 11 new communes against a plan of 10, judged higher-is-better.
    assert verdict_of(browser, "II.1") == "Vượt"
    browser.find_element(By.CSS_SELECTOR, "tr[data-code='II.1'] a").click()
    reason = "Thử nghiệm: đọc như chỉ tiêu càng thấp càng tốt"
    change_direction(browser, "thấp hơn là tốt", reason)
    assert "hướng: thấp hơn là tốt" in browser.find_element(By.TAG_NAME, "main").text
    change = browser.find_element(By.CSS_SELECTOR, "#nhat-ky tbody tr").text
    assert "hướng đánh giá" in change and "cao hơn là tốt" in change and "thấp hơn là tốt" in change and reason in change
    shot("doi-huong-danh-gia")
    browser.get(table)
    assert verdict_of(browser, "II.1") == "Không đạt"
    shot("bang-chi-tieu-sau-khi-doi-huong")
    # Back as it was, through the same form, so the other tests see the demo's verdicts.
    browser.find_element(By.CSS_SELECTOR, "tr[data-code='II.1'] a").click()
    change_direction(browser, "cao hơn là tốt", "Trả lại hướng ban đầu sau thử nghiệm")
    browser.get(table)
    assert verdict_of(browser, "II.1") == "Vượt"
