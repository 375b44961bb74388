# Narrator: `make run` narrates a sample into out/, `make test` runs the whole suite.
# Both install the Debian packages they need first (as root; otherwise they say what to run).

SWIFT      ?= swift
PREFIX     ?= /usr/local
SAMPLE     ?= Samples/harbour-tides.html
BENCH_DATA ?= ../shared/bench
TOOLS      ?= ../shared/tools
DEBUG_BIN   = .build/debug/narrate
RELEASE_BIN = .build/release/narrate

.PHONY: all setup setup-test build release run test install uninstall audit-spoken bench-e2e bench-extract bench-pace bench-reading bench-speed bench-segment bench-integrity bench-batch bench-fetch bench-serve bench-player test-api check-outputs fuzz hardening clean

all: build

setup:
	@scripts/setup.sh

# Tests read chapters back with ffprobe and drive the player in headless Chromium (selenium).
setup-test:
	@scripts/setup.sh ffmpeg chromium chromium-driver
	@python3 -c "import selenium" 2>/dev/null || pip install -q selenium

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --static-swift-stdlib

run: release
	@mkdir -p out
	$(RELEASE_BIN) $(SAMPLE) --voice uk-female --speed 1x -v
	@echo "Play it:      ffplay -autoexit out/*.wav   (or any audio player)"
	@echo "Its chapters: ffprobe -v error -show_chapters out/*.wav"

test: setup-test
	$(SWIFT) build
	$(SWIFT) test
	python3 Tests/Browser/player_test.py $(DEBUG_BIN) --screenshots .build/screenshots

# The time from pressing a new speed to hearing it, in the browser, on a 1,500-word article.
bench-player: release setup-test
	python3 Tests/Browser/player_test.py $(RELEASE_BIN) --bench

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/narrator/Voices
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/narrate
	install -m 644 Voices/*.voice Voices/lexicon.txt Voices/README.md $(DESTDIR)$(PREFIX)/share/narrator/Voices/
	install -d $(DESTDIR)$(PREFIX)/share/narrator/web
	install -m 644 Sources/NarratorServer/Web/Assets/* $(DESTDIR)$(PREFIX)/share/narrator/web/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/narrate
	rm -rf $(DESTDIR)$(PREFIX)/share/narrator

# End-to-end time of `narrate` against `espeak-ng -w` on the same extracted text.
bench-e2e: release
	@scripts/setup.sh espeak-ng
	python3 scripts/bench_e2e.py $(RELEASE_BIN) Samples

# Listening-speed accuracy: preset x speed -> target WPM, measured WPM, error %.
bench-speed: release
	python3 scripts/bench_speed.py $(RELEASE_BIN) Samples

# Article-extraction quality and speed on the public benchmark (data not in the repo), the
# median of 5 runs, trafilatura side by side when installed, and time and peak memory on
# 1, 5 and 20 MB pages.
bench-extract: release
	python3 scripts/bench_extract.py $(BENCH_DATA) $(RELEASE_BIN) 5

# What a listener hears that is not the article ($(TOOLS)/spoken_audit.py) on the 97 pages and
# WCXB's articles in two halves, with page ids; BASELINE=path/to/other/narrate prints it beside.
audit-spoken: release
	python3 scripts/audit_spoken.py $(BENCH_DATA) $(TOOLS) $(RELEASE_BIN) $(if $(BASELINE),--baseline $(BASELINE))

# Pace on ordinary text: 150+ English articles extracted from the benchmark corpora, every
# English preset at 0.75x, 1x, 1.5x, 2x and 3x (about 25 minutes; PACE_ARGS narrows it).
bench-pace: release
	python3 scripts/bench_pace.py $(BENCH_DATA) $(RELEASE_BIN) $(PACE_ARGS)

# The reading corpus (Tests/Reading/cases_{en,de,fr,es}.jsonl and heldout_*.jsonl, written here):
# each sentence's spoken form against the words a narrator says, compared as eSpeak NG phonemes
# (en-us; de, fr, es for those files); pass rate per class, beside eSpeak NG on the text as written.
bench-reading: release
	@scripts/setup.sh espeak-ng
	python3 scripts/bench_reading.py $(RELEASE_BIN)

# Sentence segmentation on the English Golden Rules and more cases (data not in the repo),
# then segmentation throughput on generated news text, and the speed of making spoken forms.
bench-segment: release
	python3 $(BENCH_DATA)/segmentation/score.py --cases $(BENCH_DATA)/segmentation/golden_en.json --cmd '$(RELEASE_BIN) segment' --normalize-space | grep passed
	python3 $(BENCH_DATA)/segmentation/score.py --cases $(BENCH_DATA)/segmentation/more_en.json --cmd '$(RELEASE_BIN) segment' --normalize-space | grep passed
	python3 $(BENCH_DATA)/segmentation/score.py --cases Tests/Segmentation/shapes_en.json --cmd '$(RELEASE_BIN) segment' --normalize-space | grep -v '^$$'
	python3 $(BENCH_DATA)/segmentation/score.py --cases Tests/Segmentation/heldout_en.json --cmd '$(RELEASE_BIN) segment' --normalize-space | grep -v '^$$'
	@for size in 51200 524288 5242880; do python3 scripts/news_text.py $$size > .build/seg-$$size.txt; $(RELEASE_BIN) segment --time .build/seg-$$size.txt > /dev/null; done
	@$(RELEASE_BIN) segment --spoken --time .build/seg-524288.txt > /dev/null

# Share of our sentences eSpeak NG speaks as one sentence, over the extracted text of the
# benchmark pages, before and after speech normalisation (about 30 s).
bench-integrity: release
	@mkdir -p .build/bench
	@for f in $(BENCH_DATA)/extraction/pages/*.html.gz; do gunzip -c $$f > .build/bench/$$(basename $$f .gz); done
	$(RELEASE_BIN) extract --format text .build/bench/*.html 2>/dev/null | $(RELEASE_BIN) segment --check-speech > /dev/null

# Batch figures: --jobs 2 over --jobs 1, overhead against espeak-ng -w, rerun cost, an edited
# article, worker memory over 1,000 items, kill -9 safety (checked with $(TOOLS)/wavcheck.py).
bench-batch: release
	@scripts/setup.sh espeak-ng
	python3 scripts/bench_batch.py $(RELEASE_BIN) Samples --tools $(TOOLS)

# The fetch overhead: `batch --feed` over a local feed of 200 articles against the same
# articles as files, --jobs 2, interleaved runs, medians (articles per second each).
bench-fetch: release
	python3 scripts/bench_fetch.py $(RELEASE_BIN) Samples --items 200 --runs 3

# `narrate serve` under wrk: 1,000 narrations made, then cached audio Range requests and the
# list endpoint at 50 connections (req/s, p50/p99), and the server's peak memory.
bench-serve: release
	@scripts/setup.sh wrk
	python3 scripts/bench_serve.py $(RELEASE_BIN) --narrations 1000 --seconds 10

# schemathesis against docs/openapi.json and a live server: no 5xx, no response off the schema.
test-api: build
	@python3 -c "import schemathesis" 2>/dev/null || pip install -q schemathesis
	python3 scripts/test_api.py $(DEBUG_BIN)

# libFuzzer on every parser of untrusted text (Fuzz/): each target until FUZZ_RUNS executions
# or FUZZ_SECONDS seconds; no crash, leak, hang over 1 s or property violation may appear.
FUZZ_SECONDS ?= 600
FUZZ_RUNS    ?= 1000000
fuzz: setup
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_RUNS) $(FUZZ_TARGETS)

# Hostile inputs and faults, each with its observed outcome, and the peak memory of a 3-hour
# narration against a 3-minute one.
hardening: release
	@scripts/setup.sh time
	python3 scripts/hostile.py $(RELEASE_BIN) Samples

# Every output format and marker setting, checked by independent readers: the WAVs by
# $(TOOLS)/wavcheck.py --werror --ffprobe, every file's chapters by ffprobe.
check-outputs: release
	@rm -rf .build/check && mkdir -p .build/check
	@for markers in chapters paragraphs sentences; do \
	  $(RELEASE_BIN) $(SAMPLE) --markers $$markers -o .build/check/markers-$$markers.wav -q > /dev/null && \
	  python3 $(TOOLS)/wavcheck.py .build/check/markers-$$markers.wav --werror --ffprobe > /dev/null && \
	  echo "wavcheck --werror --ffprobe: --markers $$markers: ok" || exit 1; done
	@$(RELEASE_BIN) $(SAMPLE) --split chapters -o .build/check/split.wav -q > /dev/null
	@for f in .build/check/split-*.wav; do python3 $(TOOLS)/wavcheck.py $$f --werror --ffprobe > /dev/null || exit 1; done; \
	  echo "wavcheck --werror --ffprobe: --split chapters: $$(ls .build/check/split-*.wav | wc -l) files ok"
	@for format in wav flac ogg opus mp3 m4b; do \
	  $(RELEASE_BIN) $(SAMPLE) -o .build/check/sample.$$format -q > /dev/null || exit 1; \
	  printf '%-5s ffprobe chapters: ' $$format; \
	  ffprobe -v error -show_entries chapter=start_time -of csv=p=0 .build/check/sample.$$format | paste -sd' '; done

clean:
	rm -rf .build out
