"""The catalogue, agencies and accounts pages used as people use them: the admin makes a clerk and
hands over the temporary password, which logs in; the planning office adds an agency and writes an
indicator's code in the higher-level system, and an edit sent from a page that went stale is refused
with the way to fix it. Nothing here changes a figure other tests count on."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

ANNUAL = "Kế hoạch phát triển kinh tế - xã hội năm 2024"
GRDP = "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)"


def annual_plan(browser, base_url):
    browser.get(base_url + "/")
    return browser.find_element(By.LINK_TEXT, ANNUAL).get_attribute("href")


def test_the_admin_makes_a_clerk_whose_temporary_password_logs_in(browser, base_url, log_in, shot):
    log_in("quantri")
    browser.find_element(By.LINK_TEXT, "Tài khoản").click()
    browser.find_element(By.ID, "ten-dang-nhap").send_keys("ytethu")
    browser.find_element(By.ID, "ho-ten").send_keys("Lê Thị Thu")
    browser.find_element(By.ID, "thu-dien-tu").send_keys("thu@soyte.langson.gov.vn")
    Select(browser.find_element(By.ID, "vai-tro")).select_by_value("agency_clerk")
    Select(browser.find_element(By.ID, "tinh")).select_by_visible_text("Lạng Sơn")
    Select(browser.find_element(By.ID, "co-quan")).select_by_visible_text("Sở Y tế")
    browser.find_element(By.ID, "tao").click()
    password = browser.find_element(By.ID, "mat-khau-tam").text
    assert len(password) == 16, "the temporary password is shown once"
    shot("admin-tao-tai-khoan")
    row = browser.find_element(By.ID, "tk-ytethu").text
    assert "Lê Thị Thu" in row and "Sở Y tế" in row and "Đang hoạt động" in row
    browser.get(browser.current_url)
    assert password not in browser.page_source, "never shown again"

    browser.delete_all_cookies()
    browser.get(base_url + "/login")
    browser.find_element(By.ID, "login").send_keys("ytethu")
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
    assert "Lê Thị Thu" in browser.find_element(By.CSS_SELECTOR, "header .account").text
    nav = browser.find_element(By.CSS_SELECTOR, "header.site nav").text
    assert "Tài khoản" not in nav and "Cơ quan" not in nav, "a clerk keeps no accounts"


def test_the_planning_office_adds_an_agency_and_a_national_code_and_a_stale_edit_is_refused(browser, base_url, shot, console):
    browser.find_element(By.LINK_TEXT, "Cơ quan").click()
    browser.find_element(By.ID, "ten-co-quan").send_keys("Sở Khoa học và Công nghệ")
    browser.find_element(By.ID, "them-co-quan-nut").click()
    assert "Sở Khoa học và Công nghệ" in browser.find_element(By.ID, "co-quan").text

    plan = annual_plan(browser, base_url)
    browser.get(plan)
    browser.find_element(By.ID, "danh-muc-chi-tieu").click()
    row = browser.find_element(By.XPATH, f"//table[@id='danh-muc']//tr[.//a[normalize-space()='{GRDP}']]")
    row.find_element(By.LINK_TEXT, "Sửa").click()
    edit_page = browser.current_url
    code = browser.find_element(By.ID, "ma-cap-tren")
    code.clear()
    code.send_keys("0101")
    browser.find_element(By.ID, "ly-do").send_keys("Mã số theo QĐ 293/QĐ-TTg")
    shot("bientap-sua-danh-muc")
    browser.find_element(By.ID, "luu").click()
    assert "Đã lưu thay đổi" in browser.find_element(By.CSS_SELECTOR, "p.notice").text
    row = browser.find_element(By.XPATH, f"//table[@id='danh-muc']//tr[.//a[normalize-space()='{GRDP}']]")
    assert "0101" in row.text, "the code in the higher-level system is in the catalogue"

    # The same page, left open from before the save, sends its older revision.
    browser.get(edit_page)
    browser.execute_script("document.querySelector('#sua input[name=revision]').value = '0'")
    code = browser.find_element(By.ID, "ma-cap-tren")
    code.clear()
    code.send_keys("0102")
    console.expect("status of 409")  # the stale edit answers 409, and says why on the page
    browser.find_element(By.ID, "luu").click()
    alert = browser.find_element(By.ID, "loi").text
    assert "đã được người khác sửa" in alert and "Tải lại" in alert, alert
    shot("bientap-sua-danh-muc-409")
