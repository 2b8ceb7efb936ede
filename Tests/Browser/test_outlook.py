"""The early warning in the browser: in June the office enters the first half's GRDP growth and the
first half's share of the year, and the dashboard and the indicator page say GRDP is at risk, with
the 8,95% the second half must reach."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

GRDP = "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)"
PLAN_2024 = "Kế hoạch phát triển kinh tế - xã hội năm 2024"


def test_grdp_at_mid_year_is_at_risk_with_8_95_needed(browser, base_url, shot):
    browser.get(base_url + "/")
    browser.find_element(By.LINK_TEXT, PLAN_2024).click()
    dashboard = browser.current_url.split("?")[0]

    # The first half's value, entered as "ước 6 tháng": it is the first half's, not the year's.
    browser.get(dashboard + "/entry?version=uoc_6_thang")
    field = browser.find_element(By.CSS_SELECTOR, f"tr[data-name='{GRDP}'] input[type=text]")
    field.clear()
    field.send_keys("4,72")
    browser.find_element(By.CSS_SELECTOR, "form.entry button[type=submit]").click()
    confirm = [b for b in browser.find_elements(By.CSS_SELECTOR, "form.entry button[type=submit]") if b.text == "Xác nhận và lưu"]
    if confirm:
        confirm[0].click()
    assert "Đã lưu 1 giá trị" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    row = browser.find_element(By.CSS_SELECTOR, f"tr[data-name='{GRDP}']")
    assert "Không đạt" not in row.text, "a first-half value is not judged against the year's target: " + row.text
    shot("uoc-6-thang-grdp")

    # The first half's share of the base year, set on GRDP's page by the planning office.
    browser.get(dashboard + "/table")
    browser.find_element(By.LINK_TEXT, GRDP).click()
    Select(browser.find_element(By.ID, "loai-so-lieu")).select_by_value("rate")
    share = browser.find_element(By.ID, "ty-trong")
    share.clear()
    share.send_keys("0,461")
    browser.find_element(By.CSS_SELECTOR, "#thiet-lap-trong-nam button[type=submit]").click()
    assert "Đã lưu loại số liệu" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    outlook = browser.find_element(By.ID, "du-bao").text
    assert "Nguy cơ không đạt" in outlook and "8,95" in outlook, outlook
    shot("chi-tieu-grdp-canh-bao")

    # The dashboard: the early warning before the counts, at risk first, GRDP among them.
    browser.get(dashboard)
    rows = browser.find_elements(By.CSS_SELECTOR, "#canh-bao tbody tr")
    assert rows and rows[0].get_attribute("data-status") == "nguy_co_khong_dat"
    grdp = [r for r in rows if GRDP in r.text]
    assert grdp and grdp[0].get_attribute("data-status") == "nguy_co_khong_dat" and "8,95" in grdp[0].text, [r.text for r in rows]
    warning = browser.find_element(By.ID, "canh-bao-som").location["y"]
    counts = browser.find_element(By.ID, "tong-hop").location["y"]
    assert warning < counts, "the early warning is shown first"
    shot("tong-quan-canh-bao-som")
