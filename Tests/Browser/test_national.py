"""The ministry's view as its viewer clicks through it: "Cả nước" in the menu, the national summary
with its chart, a province's agencies, one agency's indicators, and an indicator across provinces;
the planning office of a province sees no such menu and is refused the page."""
from selenium.webdriver.common.by import By


def rows(browser, table_id):
    return browser.find_elements(By.CSS_SELECTOR, f"#{table_id} tbody tr")


def test_the_ministry_clicks_from_the_national_summary_down_to_an_indicator(browser, base_url, shot, log_in):
    log_in("botaichinh")
    browser.get(base_url + "/")
    browser.find_element(By.LINK_TEXT, "Cả nước").click()
    assert "Tổng hợp kết quả thực hiện kế hoạch năm" in browser.find_element(By.TAG_NAME, "h1").text
    summary = rows(browser, "tong-hop")
    langson = [row for row in summary if row.get_attribute("data-province") == "Lạng Sơn"]
    assert langson, "Lạng Sơn is a row of the national summary"
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart"), "the summary has its chart"
    shot("ca-nuoc-tong-hop")
    codes = [link.get_attribute("href") for link in browser.find_elements(By.CSS_SELECTOR, "#chi-tieu-ca-nuoc a")]

    langson[0].find_element(By.TAG_NAME, "a").click()
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Lạng Sơn")
    agencies = rows(browser, "co-quan")
    assert agencies, "Lạng Sơn's agencies are listed"
    shot("ca-nuoc-tinh")
    agencies[0].find_element(By.TAG_NAME, "a").click()
    indicators = rows(browser, "chi-tieu-co-quan")
    assert indicators, "the agency's indicators are listed"
    shot("ca-nuoc-co-quan")
    indicators[0].find_element(By.CSS_SELECTOR, "td a").click()
    assert "/indicators/" in browser.current_url

    # The importer gives the seed's indicators their higher-level codes where it knows the name.
    if codes:
        browser.get(codes[0])
        assert rows(browser, "chi-tieu-theo-tinh"), "the indicator's row of Lạng Sơn"
        assert browser.find_elements(By.CSS_SELECTOR, "svg.chart"), "the indicator has its chart"
        shot("ca-nuoc-chi-tieu")


def test_a_provinces_planning_office_has_no_national_view(browser, base_url, log_in, console):
    console.expect("403 (Forbidden)")
    log_in("bientap")
    browser.get(base_url + "/")
    assert not browser.find_elements(By.LINK_TEXT, "Cả nước")
    browser.get(base_url + "/national")
    assert "không được làm việc này" in browser.find_element(By.TAG_NAME, "h1").text
