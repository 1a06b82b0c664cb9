"""Headless Chromium through Selenium (Debian's chromium + chromium-driver; never a download)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def missing() -> str | None:
    """Why no real browser can run here (None: it can)."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} is not installed (Debian chromium and chromium-driver; `make venv`)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    return None


class Browser:
    """One headless Chromium with a fresh profile; ``close()`` ends it and removes the profile."""

    def __init__(self, width: int = 390, height: int = 844, lang: str = "nl") -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="vk-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for arg in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-dev-shm-usage",
            f"--user-data-dir={self.profile}",
            f"--lang={lang}",
            f"--window-size={width},{height}",
        ):
            options.add_argument(arg)
        options.add_experimental_option("prefs", {"intl.accept_languages": lang})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver: Any = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        self.size(width, height)

    def size(self, width: int, height: int) -> None:
        """The page's viewport exactly (a phone: 390x844), whatever the window frame adds."""
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )

    def wait(self, condition: Any, timeout: float = 20) -> Any:
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout).until(condition)

    def text(self, element_id: str) -> str:
        return str(self.driver.find_element("id", element_id).text)

    def screenshot_full(self, path: Path, width: int) -> None:
        """The whole page at this width (the viewport grown to the page's height)."""
        height = int(self.driver.execute_script("return document.documentElement.scrollHeight"))
        self.size(width, max(height, 100))
        self.driver.save_screenshot(str(path))

    def console_errors(self) -> list[str]:
        return [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)
