#!/usr/bin/env python3
"""The player in a real browser: headless Chromium (Debian's chromium and chromium-driver,
selenium from PyPI) against a live `narrate serve` on loopback.

Asserted: the page loads with no console errors; play advances currentTime; the highlighted
sentence follows the timings; switching voice at sentence N resumes at sentence N of the new
rendition (within one sentence); switching speed updates the WPM label and the rendition;
chapter jump, click-to-seek on a sentence, keyboard shortcuts and remembered preferences;
the library page's form. Screenshots at desktop and phone widths go to OUT_DIR.
With --bench it prints the time from pressing a new speed to hearing it on a 1,500-word
article (the browser's rate at once, then the rendition at that speed).

usage: player_test.py NARRATE_BIN [--screenshots DIR] [--bench]
"""
import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / 'scripts'))
from narrate_server import narrate_server, post_article  # noqa: E402

FAILURES = []


def check(condition, what):
    print(('ok    ' if condition else 'FAIL  ') + what)
    if not condition:
        FAILURES.append(what)


def wait(predicate, seconds=30, step=0.1):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def article(words=1500):
    """A long article of our own: the samples' paragraphs, each sentence made unique."""
    narrate = ARGS.narrate
    paragraphs = []
    for path in sorted((ROOT / 'Samples').iterdir()):
        text = subprocess.run([narrate, 'extract', '--format', 'text', str(path)], capture_output=True, text=True).stdout
        paragraphs += [p.strip() for p in text.split('\n\n') if len(p.split()) >= 20]
    out, count, part = ['# Harbour notes for the long weekend'], 0, 0
    while count < words:
        part += 1
        out.append(f'## Part {part}')
        for paragraph in paragraphs[:4]:
            if count >= words:
                break
            text = f'In part {part}, {paragraph[0].lower()}{paragraph[1:]}'
            out.append(text)
            count += len(text.split())
        paragraphs = paragraphs[4:] + paragraphs[:4]
    return '\n\n'.join(out) + '\n'


def browser(width, height):
    options = Options()
    options.binary_location = shutil.which('chromium') or '/usr/bin/chromium'
    for argument in ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--mute-audio',
                     '--autoplay-policy=no-user-gesture-required', f'--window-size={width},{height}']:
        options.add_argument(argument)
    options.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    return webdriver.Chrome(service=Service(shutil.which('chromedriver') or '/usr/bin/chromedriver'), options=options)


def click(driver, element):
    """Scrolls an element to the middle of the window (clear of the sticky player) and clicks it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    time.sleep(0.05)
    element.click()


def js(driver, code):
    return driver.execute_script(code)


def player_state(driver):
    return js(driver, """var s = window.narratorPlayer, a = document.getElementById('audio');
        var current = document.querySelector('.sentence.current');
        return {time: a.currentTime, paused: a.paused, rate: a.playbackRate, src: a.src, sentence: s.sentence,
                highlighted: current ? Number(current.dataset.index) : -1, rendition: s.rendition, pending: !!s.pending,
                wpm: document.getElementById('wpm').textContent, voice: document.getElementById('voice').value,
                speed: document.getElementById('speed').value, timings: s.timings ? s.timings.sentences.length : 0};""")


def sentence_at(driver, time_value):
    return js(driver, f"""var t = window.narratorPlayer.timings.sentences, found = 0;
        for (var i = 0; i < t.length; i++) if (t[i].start <= {time_value} + 0.001) found = i; return found;""")


def test_player(base, narration, screenshots):
    driver = browser(1280, 900)
    try:
        driver.get(f'{base}/listen/{narration}')
        ready = wait(lambda: player_state(driver)['timings'] > 0 and not player_state(driver)['pending'])
        check(ready, 'the player loads its narration and timings')
        state = player_state(driver)
        check(state['wpm'] == '1x · 200 WPM', f'the WPM label reads 1x · 200 WPM ({state["wpm"]})')

        driver.find_element(By.ID, 'play').click()
        moved = wait(lambda: player_state(driver)['time'] > 1.0, 15)
        check(moved, 'play advances currentTime')
        time.sleep(1.5)
        state = player_state(driver)
        check(state['highlighted'] == sentence_at(driver, state['time']) or abs(state['highlighted'] - sentence_at(driver, state['time'])) <= 1,
              f'the highlighted sentence follows the timings ({state["highlighted"]} at {state["time"]:.2f} s)')

        # Click-to-seek on a sentence.
        target = 12
        click(driver, driver.find_element(By.CSS_SELECTOR, f'.sentence[data-index="{target}"]'))
        start = js(driver, f'return window.narratorPlayer.timings.sentences[{target}].start')
        time.sleep(0.3)
        state = player_state(driver)
        check(start - 0.05 <= state['time'] <= start + 1.0 and state['highlighted'] == target,
              f'clicking sentence {target} plays from it ({state["time"]:.2f} s, sentence starts {start:.2f} s)')

        # Chapter jump.
        chapters = driver.find_elements(By.CSS_SELECTOR, '.chapter')
        check(len(chapters) >= 3, f'the chapter list has the chapters ({len(chapters)})')
        click(driver, chapters[2])
        chapter_start = js(driver, 'return window.narratorPlayer.timings.chapters[2].start')
        time.sleep(0.3)
        state = player_state(driver)
        check(chapter_start - 0.05 <= state['time'] <= chapter_start + 1.0, f'a chapter jump seeks to it ({state["time"]:.2f} s, chapter at {chapter_start:.2f} s)')
        live = driver.find_element(By.ID, 'chapter-now').get_attribute('textContent')
        title = js(driver, 'return window.narratorPlayer.timings.chapters[2].title')
        check(live == 'Chapter: ' + title, f'the live region names the chapter ({live!r})')

        # Keyboard: space pauses, ArrowRight moves a sentence on, ] raises the speed.
        body = driver.find_element(By.TAG_NAME, 'body')
        driver.execute_script('document.activeElement.blur()')
        before = player_state(driver)
        body.send_keys(Keys.SPACE)
        time.sleep(0.3)
        check(player_state(driver)['paused'] != before['paused'], 'space toggles play and pause')
        here = player_state(driver)['sentence']
        body.send_keys(Keys.ARROW_RIGHT)
        time.sleep(0.3)
        check(player_state(driver)['sentence'] == here + 1, f'ArrowRight moves to the next sentence ({here} -> {player_state(driver)["sentence"]})')
        body.send_keys(Keys.SPACE)  # playing again
        body.send_keys(']')
        time.sleep(0.2)
        state = player_state(driver)
        check(state['wpm'] == '1.25x · 250 WPM' and state['speed'] == '1.25x', f'] raises the speed to 1.25x · 250 WPM ({state["wpm"]})')
        check(abs(state['rate'] - 1.25) < 0.01 or state['rendition']['speed'] == '1.25x', 'the new speed is heard at once (the browser\'s rate until the rendition is ready)')
        swapped = wait(lambda: player_state(driver)['rendition']['speed'] == '1.25x' and not player_state(driver)['pending'], 60)
        check(swapped and 'speed=1.25x' in player_state(driver)['src'] and abs(player_state(driver)['rate'] - 1) < 0.01,
              'the rendition at 1.25x replaces it, at the browser\'s normal rate')

        # Switching voice at sentence N resumes at sentence N of the new rendition.
        target = 20
        click(driver, driver.find_element(By.CSS_SELECTOR, f'.sentence[data-index="{target}"]'))
        time.sleep(0.5)
        at = player_state(driver)['sentence']
        Select(driver.find_element(By.ID, 'voice')).select_by_value('uk-male')
        switched = wait(lambda: player_state(driver)['rendition']['voice'] == 'uk-male' and not player_state(driver)['pending'], 60)
        state = player_state(driver)
        check(switched and 'voice=uk-male' in state['src'], 'the voice switch loads the uk-male rendition')
        check(abs(state['sentence'] - at) <= 1, f'it resumes at the same sentence ({at} -> {state["sentence"]})')
        # It keeps playing while the check polls, so the time may have moved on, as the sentence
        # may: it lies from that sentence's start to the end of the one after it in the new audio.
        new_start = js(driver, f'return window.narratorPlayer.timings.sentences[{at}].start')
        new_end = js(driver, f'const s = window.narratorPlayer.timings.sentences; return s[Math.min({at} + 1, s.length - 1)].end')
        check(new_start - 0.5 <= state['time'] <= new_end,
              f'at that sentence\'s time in the new audio ({state["time"]:.2f} s, sentence {at} from {new_start:.2f} s, the next ends {new_end:.2f} s)')
        check(not state['paused'], 'and keeps playing')

        # Remembered preferences.
        driver.refresh()
        wait(lambda: player_state(driver)['timings'] > 0 and not player_state(driver)['pending'])
        state = player_state(driver)
        check(state['voice'] == 'uk-male' and state['speed'] == '1.25x' and 'voice=uk-male' in state['src'],
              f'the voice and speed are remembered ({state["voice"]}, {state["speed"]})')

        # Accessibility basics: labelled controls, real buttons, a live region.
        labelled = js(driver, """return ['voice', 'speed', 'seek'].every(function (id) {
            var e = document.getElementById(id);
            return document.querySelector('label[for="' + id + '"]') || e.getAttribute('aria-label'); })""")
        check(labelled, 'the voice, speed and position controls are labelled')
        check(js(driver, "return document.querySelectorAll('button[aria-label]').length >= 5"), 'the transport is real, labelled buttons')
        check(js(driver, "return document.querySelector('fieldset#speed-presets legend').textContent") == 'Choose your listening speed',
              'the speed presets are a labelled radio group')

        errors = [entry for entry in driver.get_log('browser') if entry['level'] == 'SEVERE']
        check(not errors, f'no console errors ({errors})')
        if screenshots:
            screenshots.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(screenshots / 'player-desktop.png'))
    finally:
        driver.quit()
    phone = browser(500, 900)
    try:
        phone.execute_cdp_cmd('Emulation.setDeviceMetricsOverride', {'width': 390, 'height': 844, 'deviceScaleFactor': 2, 'mobile': True})
        phone.get(f'{base}/listen/{narration}')
        wait(lambda: player_state(phone)['timings'] > 0)
        overflow = js(phone, 'return document.documentElement.scrollWidth <= window.innerWidth + 1')
        check(overflow, 'at a phone width nothing overflows sideways')
        if screenshots:
            phone.save_screenshot(str(screenshots / 'player-phone.png'))
    finally:
        phone.quit()


def test_library(base):
    driver = browser(1280, 900)
    try:
        driver.get(base + '/')
        check('Narrator' in driver.title, 'the library page loads')
        links = driver.find_elements(By.CSS_SELECTOR, '.library li a')
        check(len(links) >= 1, f'it lists the narrations ({len(links)})')
        form = driver.find_element(By.ID, 'narrate-form')
        form.find_element(By.NAME, 'article').send_keys('Ferry timetable changes\n\nThe winter timetable starts on Monday, '
                                                         'and the first ferry leaves half an hour later than in summer.')
        Select(form.find_element(By.NAME, 'voice')).select_by_value('us-male')
        form.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
        opened = wait(lambda: '/listen/' in driver.current_url, 20)
        check(opened, 'the form narrates a pasted article and opens its player')
        errors = [entry for entry in driver.get_log('browser') if entry['level'] == 'SEVERE']
        check(not errors, f'no console errors on the library page ({errors})')
    finally:
        driver.quit()


def bench_speed(base, narration, runs=5):
    """Time from pressing a new speed to hearing it: the browser's rate (at once), then the
    rendition at that speed replacing it (made on first request, then cached)."""
    driver = browser(1280, 900)
    heard, rendered = [], []
    try:
        for run in range(runs):
            driver.get(f'{base}/listen/{narration}')
            js(driver, 'localStorage.clear()')
            driver.get(f'{base}/listen/{narration}')
            wait(lambda: player_state(driver)['timings'] > 0 and not player_state(driver)['pending'])
            driver.find_element(By.ID, 'play').click()
            wait(lambda: player_state(driver)['time'] > 0.5)
            speed = ['1.5x', '2x', '1.75x', '2.5x', '0.75x'][run % 5]
            result = driver.execute_async_script("""
                var done = arguments[arguments.length - 1], speed = arguments[0];
                var a = document.getElementById('audio'), s = window.narratorPlayer, t0 = performance.now(), heard = null;
                var select = document.getElementById('speed'); select.value = speed;
                select.dispatchEvent(new Event('change'));
                (function poll() {
                  var now = performance.now();
                  if (heard === null && !a.paused && (Math.abs(a.playbackRate - 1) > 0.01 || s.rendition.speed === speed)) heard = now - t0;
                  if (s.rendition.speed === speed && !s.pending && !a.paused) return done([heard, now - t0]);
                  if (now - t0 > 60000) return done([heard, null]);
                  setTimeout(poll, 5);
                })();""", speed)
            heard.append(result[0])
            rendered.append(result[1])
    finally:
        driver.quit()
    print(f'time from pressing a new speed to hearing it, {runs} presses on a 1,500-word article (median):')
    print(f'  at the new speed (browser rate)    {statistics.median(heard):8.1f} ms   runs: ' + ' '.join(f'{v:.0f}' for v in heard))
    print(f'  in the rendition at that speed     {statistics.median(rendered):8.1f} ms   runs: ' + ' '.join(f'{v:.0f}' for v in rendered))
    print('  target: under 1 s')


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument('narrate')
    parser.add_argument('--screenshots', type=Path)
    parser.add_argument('--bench', action='store_true')
    ARGS = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix='narrator-player-'))
    try:
        with narrate_server(ARGS.narrate, work / 'data') as (base, _):
            narration = post_article(base, article(1500), 'us-female', 'text/markdown')
            if ARGS.bench:
                bench_speed(base, narration)
            else:
                test_player(base, narration, ARGS.screenshots)
                test_library(base)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        print(f'{len(FAILURES)} browser checks failed')
        return 1
    if not ARGS.bench:
        print('all browser checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
