"""Tasks and giải trình in the browser: the 2025 plan's tasks read from its report, one given to
Sở Y tế with a due date already past (overdue), the approver asks Sở Y tế to explain, Sở Y tế's
clerk answers, and the thread shows the answer."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

PLAN = "Kế hoạch phát triển kinh tế - xã hội năm 2025"
TASK = "Tiếp tục phát triển toàn diện, đồng bộ các lĩnh vực văn hóa, xã hội"


def click_and_wait(browser, element):
    page = browser.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(browser, 20).until(expected_conditions.staleness_of(page))


def plan_url(browser, base_url):
    browser.get(base_url + "/")
    for link in browser.find_elements(By.CSS_SELECTOR, "main li a"):
        if link.text == PLAN:
            return link.get_attribute("href")
    raise AssertionError(f"no plan “{PLAN}”")


def test_a_task_given_to_an_agency_and_its_giai_trinh_answered(browser, base_url, shot, log_in):
    plan = plan_url(browser, base_url)
    browser.get(plan + "/tasks")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.tasks tbody tr")
    titles = [row.find_elements(By.TAG_NAME, "td")[1].text for row in rows]
    assert len(rows) == 9, titles
    assert "Về phát triển kinh tế" in titles and "Công tác cải cách hành chính" in titles, titles
    shot("nhiem-vu-01-danh-sach")

    # The planning office gives task 4 to Sở Y tế, due 31/03/2025: already past, so overdue.
    link = next(row.find_element(By.CSS_SELECTOR, "td a") for row in rows if row.text.startswith("4 "))
    task_url = link.get_attribute("href")
    click_and_wait(browser, link)
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Nhiệm vụ 4. " + TASK)
    Select(browser.find_element(By.ID, "t_owner")).select_by_visible_text("Sở Y tế")
    browser.execute_script("arguments[0].value = '2025-03-31'", browser.find_element(By.ID, "t_due"))
    Select(browser.find_element(By.ID, "t_status")).select_by_visible_text("Đang thực hiện")
    browser.find_element(By.ID, "t_note").send_keys("Đã giao Sở Y tế chủ trì")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.task-edit button[type=submit]"))
    assert "Đã lưu" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    assert browser.find_element(By.ID, "task-status").text.startswith("Quá hạn")
    assert "Đã giao Sở Y tế chủ trì" in browser.find_element(By.CSS_SELECTOR, "ol.task-notes").text
    shot("nhiem-vu-02-qua-han")

    # The overdue filter lists it.
    browser.get(plan + "/tasks?overdue=true")
    assert [row.find_elements(By.TAG_NAME, "td")[0].text for row in browser.find_elements(By.CSS_SELECTOR, "table.tasks tbody tr")] == ["4"]

    # The approver asks Sở Y tế to explain.
    log_in("pheduyet")
    browser.get(task_url)
    browser.find_element(By.ID, "e_question").send_keys("Đề nghị Sở Y tế giải trình vì sao nhiệm vụ 4 quá hạn")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.ask-form button[type=submit]"))
    assert "Đã gửi yêu cầu giải trình" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    thread = browser.find_element(By.CSS_SELECTOR, "article.explanation")
    assert "(chưa trả lời)" in thread.text and "Sở Y tế" in thread.text
    assert not browser.find_elements(By.CSS_SELECTOR, "form.answer-form"), "the approver does not answer"
    shot("nhiem-vu-03-yeu-cau-giai-trinh")

    # Sở Y tế's clerk sees the open request where it enters figures, and on the dashboard.
    log_in("soyte")
    browser.get(plan)
    counted = browser.find_element(By.ID, "giai-trinh-chua-tra-loi").text
    assert "Yêu cầu giải trình chưa trả lời (1)" in counted and "Sở Y tế: 1 yêu cầu" in counted, counted
    browser.get(plan + "/entry")
    due = browser.find_element(By.ID, "giai-trinh-can-tra-loi")
    assert due.find_element(By.TAG_NAME, "h2").text == "Yêu cầu giải trình cần trả lời (1)"
    request = due.find_element(By.TAG_NAME, "li").text
    assert request.startswith("Nhiệm vụ 4. " + TASK), request
    assert "“Đề nghị Sở Y tế giải trình vì sao nhiệm vụ 4 quá hạn”" in request and " hỏi lúc " in request, request
    shot("nhiem-vu-04-nhap-so-lieu-co-yeu-cau")

    # It answers from there.
    click_and_wait(browser, due.find_element(By.LINK_TEXT, "Trả lời"))
    thread = browser.find_element(By.CSS_SELECTOR, "article.explanation.open")
    thread.find_element(By.TAG_NAME, "textarea").send_keys("Chờ phân bổ vốn; dự kiến hoàn thành quý III")
    click_and_wait(browser, thread.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Đã gửi nội dung giải trình" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    answered = browser.find_element(By.CSS_SELECTOR, "article.explanation")
    assert "Chờ phân bổ vốn; dự kiến hoàn thành quý III" in answered.find_element(By.CSS_SELECTOR, ".answer").text
    assert "(chưa trả lời)" not in answered.text
    shot("nhiem-vu-05-da-giai-trinh")
    browser.get(plan + "/entry")
    assert not browser.find_elements(By.ID, "giai-trinh-can-tra-loi"), "answered: no longer on the entry page"
