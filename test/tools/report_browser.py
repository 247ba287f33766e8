#!/usr/bin/env python3
"""Reads run-eventloop-tidy's HTML report in DIR as a person would, in
headless Chromium (Debian's chromium and chromium-driver, through Debian's
python3-selenium), from file:// and with no network, and prints what it
saw, one fact a line, for FileCheck:

- the index: its rows, then the rows left after a click on a check's filter;
- the finding page reached by clicking the index's first finding (or
  --page NAME): its path list, then the walk from hop 1 along each hop's
  "next" link, with the hash the click made, the file and line under which
  the hop stands, whether the browser scrolled it into view, and its
  border's colour as the browser computed it (the sink and the
  registration must look different from a call).

With --screenshot FILE it saves the finding page at --width pixels, as tall
as --height or the whole page (the docs' pictures are made this way).

Usage: report_browser.py DIR [--page NAME] [--screenshot FILE]
                             [--width 1200] [--height 0]
"""
import argparse
import base64
import os
import struct
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def browser(profile, width):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # Headless, as root, and quiet: this machine has no network to talk to.
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", "--user-data-dir=" + profile,
                 "--window-size=%d,900" % width]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def visible_rows(driver):
    return [r for r in driver.find_elements(By.CSS_SELECTOR, "#findings tbody tr")
            if r.is_displayed()]


def read_index(driver, folder, out):
    driver.get("file://" + os.path.join(folder, "index.html"))
    for row in visible_rows(driver):
        cells = row.find_elements(By.TAG_NAME, "td")
        out.append("index row: %s %s" % (cells[0].text, cells[2].text))
    check = driver.find_element(By.CSS_SELECTOR, "a[data-filter=check]")
    name = check.text
    check.click()
    out.append("filtered by %s: %d rows; %s" % (
        name, len(visible_rows(driver)),
        driver.find_element(By.ID, "shown").text.strip()))


def in_view(driver, element):
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;", element)


def hop_place(driver, bubble):
    """The file (its heading) and the line under which a hop stands."""
    return driver.execute_script(
        "const b = arguments[0];"
        "const file = b.closest('div.file').querySelector('h3').textContent;"
        "let row = b.closest('tr').previousElementSibling;"
        "while (row && !row.id) row = row.previousElementSibling;"
        "return file + ':' + row.id.split('-L')[1];", bubble)


def read_page(driver, out):
    out.append("page: " + driver.find_element(By.TAG_NAME, "h1").text)
    for li in driver.find_elements(By.CSS_SELECTOR, "ol.path li"):
        out.append("path %s: %s" % (li.get_attribute("class"),
                                    " ".join(li.text.split())))
    # Walk the path by its links, as a reader clicks through it.
    driver.find_element(By.CSS_SELECTOR, "ol.path a[href='#hop-1']").click()
    bubble = driver.find_element(By.ID, "hop-1")
    while True:
        colour = bubble.value_of_css_property("border-left-color")
        out.append("at #%s %s (%s) in view: %s, border %s" % (
            bubble.get_attribute("id"), hop_place(driver, bubble),
            bubble.get_attribute("class"), in_view(driver, bubble), colour))
        links = bubble.find_elements(By.CSS_SELECTOR, "a.next")
        if not links:
            break
        links[0].click()
        target = driver.execute_script("return location.hash")
        out.append("  next -> " + target)
        bubble = driver.find_element(By.ID, target[1:])


def save_screenshot(driver, path, height):
    """The page from its top: HEIGHT pixels of it, or all of it."""
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "scale": 1,
            "height": min(height, size["height"]) if height else size["height"]}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True, "clip": clip})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--page")
    parser.add_argument("--screenshot")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=0)
    args = parser.parse_args()
    folder = os.path.abspath(args.folder)
    out = []
    with tempfile.TemporaryDirectory() as profile:
        driver = browser(profile, args.width)
        try:
            read_index(driver, folder, out)
            if args.page:
                driver.get("file://" + os.path.join(folder, args.page))
            else:
                driver.get("file://" + os.path.join(folder, "index.html"))
                driver.find_element(By.CSS_SELECTOR, "#findings td a").click()
            page = driver.current_url
            read_page(driver, out)
            if args.screenshot:
                driver.get(page)
                save_screenshot(driver, args.screenshot, args.height)
                with open(args.screenshot, "rb") as f:
                    width, height = struct.unpack(">II", f.read(24)[16:24])
                out.append("screenshot: %dx%d" % (width, height))
        finally:
            driver.quit()
    print("\n".join(out))


if __name__ == "__main__":
    sys.exit(main())
