"""End to end in a real headless browser: ``kcextract serve`` and the static report, in Debian's chromium.

Skipped when /usr/bin/chromium or chromedriver is missing, unless KCEXTRACT_REQUIRE_BROWSER=1 (as in .ci/run,
which installs them), where a missing browser is a failure. Screenshots go to tests/artifacts/.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kcextract.store import ingest, open_db

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,1800")


def _browser_available() -> bool:
    return Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()


if not _browser_available():
    if os.environ.get("KCEXTRACT_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"KCEXTRACT_REQUIRE_BROWSER=1 but {CHROMIUM} or {CHROMEDRIVER} is missing "
                           "(apt-get install chromium chromium-driver)")
    pytest.skip("chromium / chromedriver not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "kc.db"
    db = open_db(path)
    ingest([str(ROOT / "corpus")], db)
    db.conn.close()
    return path


@pytest.fixture(scope="module")
def server(database):
    """``kcextract serve`` in a subprocess on a free port; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kcextract.cli", "serve", "--db", str(database), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if proc.poll() is not None:
                raise RuntimeError(f"kcextract serve exited: {proc.stdout.read().decode()}")
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("kcextract serve did not answer in 20 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _severe(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_facts_table_province_facet_shows_a_known_amount(driver, server):
    from selenium.webdriver.common.by import By

    driver.get(f"{server}/kc/facts?_facet=province_2025")  # a facet on demand (none by default on this table)
    facet = driver.find_element(By.CSS_SELECTOR, '.facet-info[data-column="province_2025"]')
    facet.find_element(By.LINK_TEXT, "Hà Tĩnh").click()
    assert "province_2025=H%C3%A0+T%C4%A9nh" in driver.current_url
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "hơn 23,29 tỷ đồng" in body and "23290000000" in body and "23,29 tỷ đồng" in body
    assert "Hà Giang" not in driver.find_element(By.CSS_SELECTOR, "table.rows-and-columns").text
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "serve-facts-ha-tinh.png"))
    # from the fact to its sentence
    driver.find_element(By.CSS_SELECTOR, 'td.col-sentence a[href*="/kc/sentences/"]').click()
    assert "/kc/sentences/" in driver.current_url
    assert _severe(driver) == []


def test_facts_table_rows_start_on_the_first_screen_with_descriptions_folded(driver, server):
    from selenium.webdriver.common.by import By

    driver.set_window_size(1280, 800)
    try:
        driver.get(f"{server}/kc/facts")
        folded = driver.find_element(By.CSS_SELECTOR, "details.kc-columns")
        assert folded.get_attribute("open") is None
        assert not driver.find_element(By.CSS_SELECTOR, "dl.column-descriptions").is_displayed()
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "serve-facts-first-screen.png"))
        top = driver.execute_script(
            "return document.querySelector('table.rows-and-columns tbody tr').getBoundingClientRect().top")
        assert top < driver.execute_script("return window.innerHeight"), "the first row is below the fold"
        folded.find_element(By.TAG_NAME, "summary").click()
        assert driver.find_element(By.CSS_SELECTOR, "dl.column-descriptions").is_displayed()
        # long text gets a readable width, not a tall narrow strip
        width = driver.execute_script("return document.querySelector('td.col-text').getBoundingClientRect().width")
        assert width >= 300
    finally:
        driver.set_window_size(1400, 1800)
    assert _severe(driver) == []


def test_sentence_page_hides_internal_columns(driver, server):
    from selenium.webdriver.common.by import By

    driver.get(f"{server}/kc/sentences?_size=5")
    assert driver.find_elements(By.CSS_SELECTOR, "td.col-search")  # in the HTML (and the JSON) ...
    assert not any(td.is_displayed() for td in driver.find_elements(By.CSS_SELECTOR, "td.col-search, td.col-chrome"))
    assert driver.find_element(By.CSS_SELECTOR, "td.col-text").is_displayed()  # ... but not shown
    driver.save_screenshot(str(ARTIFACTS / "serve-sentences.png"))
    assert _severe(driver) == []


def test_chart_page_draws_offline(driver, server):
    from selenium.webdriver.common.by import By

    driver.get(f"{server}/-/kcextract/chart")
    time.sleep(1)
    assert len(driver.find_elements(By.CSS_SELECTOR, ".js-plotly-plot .main-svg")) >= 3
    assert driver.find_element(By.CSS_SELECTOR, "footer.ft").is_displayed()  # Datasette's own layout
    assert driver.find_element(By.CSS_SELECTOR, "header nav")
    assert "Tuyên Quang (Hà Giang)" in driver.find_element(By.CSS_SELECTOR, ".js-plotly-plot").text
    driver.save_screenshot(str(ARTIFACTS / "serve-chart.png"))
    assert _severe(driver) == []


def test_report_opens_without_console_errors(driver, database, tmp_path):
    from selenium.webdriver.common.by import By

    out = tmp_path / "report.html"
    subprocess.run([sys.executable, "-m", "kcextract.cli", "report", "--db", str(database), "--out", str(out)],
                   check=True, capture_output=True)
    driver.get(out.as_uri())
    time.sleep(1)
    assert len(driver.find_elements(By.CSS_SELECTOR, ".js-plotly-plot .main-svg")) >= 5
    assert "2.634,6 triệu đồng" in driver.find_element(By.TAG_NAME, "table").text
    driver.save_screenshot(str(ARTIFACTS / "report.png"))
    assert _severe(driver) == []


def test_a_fact_opens_marked_in_its_sentence_and_canned_queries_write_money_exactly(driver, server):
    from selenium.webdriver.common.by import By

    driver.get(f"{server}/kc/facts?type=money&province=H%C3%A0+T%C4%A9nh&text__contains=23%2C29")
    driver.find_element(By.CSS_SELECTOR, "a.kc-fact").click()
    assert "/-/kcextract/fact/" in driver.current_url
    assert "23,29 tỷ đồng" in driver.find_element(By.CSS_SELECTOR, "blockquote mark.kc-fact").text
    assert driver.find_element(By.CSS_SELECTOR, "footer.ft").is_displayed()
    driver.save_screenshot(str(ARTIFACTS / "serve-fact-marked.png"))
    driver.get(f"{server}/kc/national_vs_local")
    assert "11,04 tỷ đồng (11.040.000.000 đ)" in driver.find_element(By.TAG_NAME, "body").text
    driver.save_screenshot(str(ARTIFACTS / "serve-national-vs-local.png"))
    driver.get(f"{server}/-/kcextract/digest?since=2000-01-01")
    assert "New funding figures" in driver.find_element(By.TAG_NAME, "body").text
    driver.save_screenshot(str(ARTIFACTS / "serve-digest.png"))
    driver.get(f"{server}/")
    assert "lsh" not in driver.find_element(By.TAG_NAME, "body").text.split()
    assert _severe(driver) == []
