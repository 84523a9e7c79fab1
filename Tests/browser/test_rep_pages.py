"""The rep's daily loop in a real browser: sign up, practise, score card, history; the sample team; sign out;
CSRF; another team's page; keyboard only; and no JavaScript at all."""

import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import TIMINGS, WEIGHTS, make_driver

PASSWORD = "correct horse battery"
LINES = [
    "Hi Marcus, this is Robin from Harbour. I know I'm calling out of the blue, have you got a minute?",
    "Thanks. We help clinic groups cut missed appointments. How are reminders handled across your clinics today?",
    "How many appointments go missed in a typical week?",
    "What does an empty hygiene slot cost you?",
    "Other groups your size cut no-shows by a third within two months of switching on automated reminders.",
    "Could we set up a short call on Thursday at 10am to walk through your numbers?",
]


def visit(driver, shots, name, check_axe=True):
    """Saves a screenshot of the page the browser is on, records how fast it loaded, and runs axe-core on it:
    no serious or critical violation may be found."""
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    timing = driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0]; return n ? n.domContentLoadedEventEnd - n.startTime : null;")
    if timing is not None:
        TIMINGS.append((name, timing))
    driver.save_screenshot(os.path.join(shots, f"{name}.png"))
    if check_axe:
        axe = Axe(driver)
        axe.inject()
        results = axe.run()
        serious = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, f"{name}: " + axe.report(serious)
    # The page's HTML, CSS and JS together stay under 100 KB (as decoded: what the browser has to parse).
    weight = driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0];"
        "return (n ? n.decodedBodySize : 0) + performance.getEntriesByType('resource').reduce((sum, e) => sum + e.decodedBodySize, 0);")
    WEIGHTS.append((name, weight))
    assert weight <= 100 * 1024, f"{name} weighs {weight} bytes"
    # No page may fetch anything from another origin.
    origins = driver.execute_script("return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)")
    here = driver.execute_script("return location.origin")
    assert all(origin == here for origin in origins), origins


def sign_up(driver, server, shots, email, organization="Harbour Sales", scripted=True):
    driver.get(server.url("/signup"))
    if scripted:
        visit(driver, shots, "signup")
    else:
        driver.save_screenshot(os.path.join(shots, "no-script-signup.png"))
    driver.find_element(By.ID, "name").send_keys("Robin Rep")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "organization").send_keys(organization)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    WebDriverWait(driver, 30).until(EC.url_to_be(server.url("/")))


def sign_in(driver, server, email, password):
    driver.get(server.url("/signin"))
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    WebDriverWait(driver, 30).until(EC.url_to_be(server.url("/")))


def say(driver, text, turns_before):
    box = driver.find_element(By.ID, "text")
    box.send_keys(text)
    driver.find_element(By.CSS_SELECTOR, "#say button[type=submit]").click()
    # The buyer's reply is streamed in: wait until it has replaced the placeholder.
    WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#transcript .turn")) >= turns_before + 2
                                    and d.find_elements(By.CSS_SELECTOR, "#transcript .turn")[-1].text.strip().endswith("…") is False)


def test_new_team_practises_a_call_and_reads_its_score_card(server, shots):
    driver = make_driver()
    try:
        email = f"robin-{uuid.uuid4().hex[:8]}@harbour.example"
        sign_up(driver, server, shots, email)
        visit(driver, shots, "home-empty")
        assert "Start with one practice call" in driver.page_source

        driver.find_element(By.LINK_TEXT, "Practise now").click()
        visit(driver, shots, "practice")
        driver.find_element(By.CSS_SELECTOR, "button[aria-describedby='persona-marcus-oyelaran']").click()
        WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "say")))
        visit(driver, shots, "call-start")
        for line in LINES:
            say(driver, line, len(driver.find_elements(By.CSS_SELECTOR, "#transcript .turn")))
            if not driver.find_elements(By.ID, "say"):
                break  # the buyer ended the call (a meeting booked, or hung up)
        visit(driver, shots, "call-six-turns")
        assert len(driver.find_elements(By.CSS_SELECTOR, "#transcript .turn.rep")) >= 5

        end = driver.find_elements(By.CSS_SELECTOR, "form.end button") or driver.find_elements(By.CSS_SELECTOR, "section.card form button")
        if end:
            end[0].click()
        else:
            driver.find_element(By.LINK_TEXT, "See your score card").click()
        WebDriverWait(driver, 30).until(EC.url_contains("/practice/sessions/"))
        visit(driver, shots, "scorecard")
        assert len(driver.find_elements(By.CSS_SELECTOR, "section.dimension")) == 6

        chip = driver.find_elements(By.CSS_SELECTOR, "a.chip")[0]
        target = chip.get_attribute("data-turn")
        chip.click()
        WebDriverWait(driver, 10).until(lambda d: "highlight" in d.find_element(By.ID, target).get_attribute("class"))
        visit(driver, shots, "scorecard-evidence", check_axe=False)

        card_url = driver.current_url
        driver.find_element(By.LINK_TEXT, "History").click()
        visit(driver, shots, "history")
        assert urllib.parse.urlparse(card_url).path in driver.page_source
        driver.find_element(By.LINK_TEXT, "Home").click()
        visit(driver, shots, "home-one-session")
        assert "Latest overall score" in driver.page_source
    finally:
        driver.quit()


def test_phone_width_pages(server, shots):
    driver = make_driver(width=375)
    try:
        sign_up(driver, server, shots, f"pat-{uuid.uuid4().hex[:8]}@harbour.example")
        visit(driver, shots, "phone-home")
        driver.get(server.url("/practice"))
        visit(driver, shots, "phone-practice")
        assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page scrolls sideways"
    finally:
        driver.quit()


def test_sample_rep_signs_in(server, shots):
    driver = make_driver()
    try:
        sign_in(driver, server, "sam.reyes@bluejay.example", server.passwords["sam.reyes@bluejay.example"])
        visit(driver, shots, "sample-rep-home")
        assert "sam.reyes@bluejay.example" in driver.page_source
        # The seed's six weeks of practice: a trend to show and sessions to open.
        assert "Latest overall score" in driver.page_source
        assert "18 scored sessions" in driver.page_source
        assert len(driver.find_elements(By.CSS_SELECTOR, "svg.chart circle.dot")) >= 6
        driver.find_element(By.LINK_TEXT, "History").click()
        visit(driver, shots, "sample-rep-history")
        assert len(driver.find_elements(By.CSS_SELECTOR, "table.table tbody tr")) == 18
    finally:
        driver.quit()


def test_admin_settings_lists_the_team_with_their_data_actions(server, shots):
    """The sample admin opens Settings from the user menu: the team with Download and Erase for each member, and
    the erase page that asks for the member's email. Nothing is erased here: other tests sign in as the sample reps."""
    for width, prefix in ((1280, "settings"), (375, "phone-settings")):
        driver = make_driver(width=width)
        try:
            sign_in(driver, server, "maya.okafor@bluejay.example", server.passwords["maya.okafor@bluejay.example"])
            driver.find_element(By.LINK_TEXT, "Settings").click()
            visit(driver, shots, prefix)
            assert "Your team's data" in driver.page_source
            assert "priya.natarajan@bluejay.example" in driver.page_source
            assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page scrolls sideways"
            driver.find_element(By.CSS_SELECTOR, "a[aria-label=\"Erase Priya Natarajan's data\"]").click()
            visit(driver, shots, prefix + "-erase")
            assert "cannot be undone" in driver.page_source
            assert driver.find_element(By.CSS_SELECTOR, "label[for=confirm_email]").is_displayed()
        finally:
            driver.quit()


def test_sign_out_then_protected_page_sends_to_sign_in(server, shots):
    driver = make_driver()
    try:
        sign_up(driver, server, shots, f"lee-{uuid.uuid4().hex[:8]}@harbour.example")
        driver.find_element(By.CSS_SELECTOR, "form.signout button").click()
        WebDriverWait(driver, 30).until(EC.url_contains("/signin"))
        visit(driver, shots, "signed-out")
        driver.get(server.url("/practice"))
        assert urllib.parse.urlparse(driver.current_url).path == "/signin"
    finally:
        driver.quit()


def test_form_post_without_csrf_token_is_refused_and_writes_nothing(server):
    before = server.sql("SELECT count(*) FROM public.users")
    body = urllib.parse.urlencode({"name": "Mallory", "email": f"m-{uuid.uuid4().hex[:6]}@evil.example", "organization": "Evil",
                                   "password": PASSWORD}).encode()
    request = urllib.request.Request(server.url("/signup"), data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": "ud_csrf=" + "a" * 43})
    try:
        urllib.request.urlopen(request, timeout=30)
        raise AssertionError("the post was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 403
        assert "text/html" in error.headers.get("Content-Type", "")
    assert server.sql("SELECT count(*) FROM public.users") == before


def test_another_teams_score_card_is_a_404_page(server, shots):
    owner = make_driver()
    outsider = make_driver()
    try:
        sign_up(owner, server, shots, f"o-{uuid.uuid4().hex[:8]}@harbour.example")
        owner.get(server.url("/practice"))
        owner.find_element(By.CSS_SELECTOR, "button[aria-describedby='persona-marcus-oyelaran']").click()
        WebDriverWait(owner, 30).until(EC.presence_of_element_located((By.ID, "say")))
        say(owner, LINES[0], 1)
        owner.find_element(By.CSS_SELECTOR, "form.end button").click()
        WebDriverWait(owner, 30).until(EC.url_contains("/practice/sessions/"))
        card = owner.current_url

        sign_up(outsider, server, shots, f"x-{uuid.uuid4().hex[:8]}@elsewhere.example", organization="Elsewhere")
        outsider.get(card)
        visit(outsider, shots, "not-found")
        assert "find that page" in outsider.page_source
        assert "Marcus" not in outsider.page_source
    finally:
        owner.quit()
        outsider.quit()


def test_practice_call_with_the_keyboard_alone(server, shots):
    driver = make_driver()
    try:
        sign_up(driver, server, shots, f"k-{uuid.uuid4().hex[:8]}@harbour.example")
        driver.get(server.url("/practice"))

        def tab_to(predicate, limit=80):
            for _ in range(limit):
                driver.switch_to.active_element.send_keys(Keys.TAB)
                if predicate(driver.switch_to.active_element):
                    return driver.switch_to.active_element
            raise AssertionError("never reached with the Tab key")

        button = tab_to(lambda e: e.get_attribute("aria-describedby") == "persona-marcus-oyelaran")
        button.send_keys(Keys.ENTER)
        WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "say")))
        for line in LINES[:3]:
            box = tab_to(lambda e: e.get_attribute("id") == "text")
            count = len(driver.find_elements(By.CSS_SELECTOR, "#transcript .turn"))
            box.send_keys(line)
            box.send_keys(Keys.TAB)
            driver.switch_to.active_element.send_keys(Keys.ENTER)
            WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#transcript .turn")) >= count + 2)
        end = tab_to(lambda e: e.text.startswith("End call"))
        end.send_keys(Keys.ENTER)
        WebDriverWait(driver, 30).until(EC.url_contains("/practice/sessions/"))
        chip = tab_to(lambda e: "chip" in (e.get_attribute("class") or ""))
        chip.send_keys(Keys.ENTER)
        target = chip.get_attribute("data-turn")
        WebDriverWait(driver, 10).until(lambda d: "highlight" in d.find_element(By.ID, target).get_attribute("class"))
        visit(driver, shots, "keyboard-scorecard", check_axe=False)
    finally:
        driver.quit()


def test_without_javascript(server, shots):
    driver = make_driver(javascript=False)
    try:
        sign_up(driver, server, shots, f"n-{uuid.uuid4().hex[:8]}@harbour.example", scripted=False)
        driver.get(server.url("/practice"))
        driver.find_element(By.CSS_SELECTOR, "button[aria-describedby='persona-marcus-oyelaran']").click()
        WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "say")))
        for line in LINES[:2]:
            count = len(driver.find_elements(By.CSS_SELECTOR, "#transcript .turn"))
            driver.find_element(By.ID, "text").send_keys(line)
            driver.find_element(By.CSS_SELECTOR, "#say button[type=submit]").click()
            WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#transcript .turn")) == count + 2)
        driver.save_screenshot(os.path.join(shots, "no-script-call.png"))
        driver.find_element(By.CSS_SELECTOR, "form.end button").click()
        WebDriverWait(driver, 30).until(EC.url_contains("/practice/sessions/"))
        driver.save_screenshot(os.path.join(shots, "no-script-scorecard.png"))
        assert len(driver.find_elements(By.CSS_SELECTOR, "section.dimension")) == 6
    finally:
        driver.quit()
