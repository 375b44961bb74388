// Narrator's player: Select Voice, listening speed, chapters and read-along.
// Plain JavaScript, no build step. On a page of its own (/listen/ID) it drives the markup the
// server wrote; loaded by a <script data-narration="ID"> on any other page, it embeds that page
// in an iframe.
(function () {
  'use strict';

  // --- Embedding: <script src=".../assets/player.js" data-narration="ID"></script> ----------
  var script = document.currentScript;
  if (script && script.dataset.narration && !document.getElementById('narrator-player')) {
    var origin = new URL(script.src, location.href).origin;
    var frame = document.createElement('iframe');
    frame.src = origin + '/listen/' + encodeURIComponent(script.dataset.narration) + '?embed=1';
    frame.title = 'Listen to this article';
    frame.loading = 'lazy';
    frame.style.cssText = 'width:100%;height:' + (script.dataset.height || '520') + 'px;border:0;';
    frame.setAttribute('allow', 'autoplay');
    script.parentNode.insertBefore(frame, script.nextSibling);
    return;
  }
  var root = document.getElementById('narrator-player');
  if (!root) return;

  var id = root.dataset.narration;
  var api = '/api/narrations/' + encodeURIComponent(id);
  var $ = function (selector) { return root.querySelector(selector); };
  var audio = $('#audio');
  var store = window.localStorage;
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var SPEEDS = [];
  for (var s = 0.5; s <= 3.0001; s += 0.25) SPEEDS.push(Math.round(s * 100) / 100);
  var PRESETS = [['Slow', 0.75], ['Average', 1], ['Fast', 1.5]];

  var state = {
    narration: null,
    rendition: null,   // {voice, speed, format}: what is loaded in the audio element
    wanted: null,      // what the reader chose, being made when it differs from rendition
    timings: null,
    sentence: -1,
    chapter: -1,
    switching: 0       // a counter: a newer switch cancels an older one
  };
  window.narratorPlayer = state;  // for tests and the console

  function speedText(multiplier) { return formatSpeed(multiplier) + ' · ' + Math.round(multiplier * 200) + ' WPM'; }
  function formatSpeed(multiplier) { return String(Math.round(multiplier * 100) / 100) + 'x'; }
  function parseSpeed(text) { return parseFloat(String(text).replace('x', '')); }
  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds || 0));
    var m = Math.floor(seconds / 60), sec = seconds % 60;
    return m + ':' + (sec < 10 ? '0' : '') + sec;
  }
  function say(text) { $('#status').textContent = text; }
  function query(r) {
    return '?voice=' + encodeURIComponent(r.voice) + '&speed=' + encodeURIComponent(r.speed) + '&format=' + encodeURIComponent(r.format);
  }
  function same(a, b) { return a && b && a.voice === b.voice && a.speed === b.speed && a.format === b.format; }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    });
  }

  // The rendition's timings: 202 while it is being made (poll), then the file.
  function timingsOf(rendition, ticket) {
    return getJSON(api + '/timings.json' + query(rendition)).then(function (answer) {
      if (ticket !== state.switching) throw new Error('superseded');
      if (answer.status === 202) {
        say('Preparing ' + rendition.voice + ' at ' + speedText(parseSpeed(rendition.speed)) + '…');
        return new Promise(function (resolve) { setTimeout(resolve, 200); }).then(function () { return timingsOf(rendition, ticket); });
      }
      if (answer.status !== 200) throw new Error((answer.body.error && answer.body.error.message) || 'the narration is not available');
      return answer.body;
    });
  }

  // --- The text, from the timings --------------------------------------------------------
  function renderText(timings) {
    var text = $('#text');
    text.textContent = '';
    var paragraph = null, lastKey = null;
    timings.sentences.forEach(function (sentence, index) {
      var key = sentence.chapter + ':' + sentence.paragraph;
      var chapter = timings.chapters[sentence.chapter];
      var isHeading = chapter && sentence.text === chapter.title && Math.abs(sentence.start - chapter.start) < 2;
      if (key !== lastKey || isHeading) {
        paragraph = document.createElement(isHeading ? (index === 0 ? 'h2' : 'h3') : 'p');
        if (sentence.role) paragraph.className = 'announcement';
        text.appendChild(paragraph);
        lastKey = isHeading ? null : key;
      } else {
        paragraph.appendChild(document.createTextNode(' '));
      }
      var span = document.createElement('span');
      span.className = 'sentence';
      span.dataset.index = String(index);
      span.textContent = sentence.text;
      paragraph.appendChild(span);
    });
  }

  function renderChapters(timings) {
    var list = $('#chapters');
    list.textContent = '';
    var ticks = $('#ticks');
    ticks.textContent = '';
    var duration = timings.durationSeconds || 1;
    timings.chapters.forEach(function (chapter, index) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'chapter';
      button.dataset.index = String(index);
      button.textContent = chapter.title;
      var time = document.createElement('span');
      time.className = 'chapter-time';
      time.textContent = clock(chapter.start);
      button.appendChild(time);
      item.appendChild(button);
      list.appendChild(item);
      if (index > 0) {
        var tick = document.createElement('span');
        tick.className = 'tick';
        tick.style.left = (100 * chapter.start / duration) + '%';
        ticks.appendChild(tick);
      }
    });
  }

  // --- Where we are -------------------------------------------------------------------------
  function sentenceAt(time) {
    var sentences = state.timings ? state.timings.sentences : [];
    var low = 0, high = sentences.length - 1, found = 0;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (sentences[middle].start <= time + 0.001) { found = middle; low = middle + 1; } else { high = middle - 1; }
    }
    return found;
  }

  function update() {
    if (!state.timings) return;
    var time = audio.currentTime, duration = audio.duration || state.timings.durationSeconds;
    var index = sentenceAt(time);
    if (index !== state.sentence) {
      var old = root.querySelector('.sentence.current');
      if (old) { old.classList.remove('current'); old.removeAttribute('aria-current'); }
      var now = root.querySelector('.sentence[data-index="' + index + '"]');
      if (now) {
        now.classList.add('current');
        now.setAttribute('aria-current', 'true');
        if (!audio.paused) now.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
      }
      state.sentence = index;
    }
    var chapter = state.timings.sentences[index] ? state.timings.sentences[index].chapter : 0;
    if (chapter !== state.chapter) {
      state.chapter = chapter;
      root.querySelectorAll('.chapter').forEach(function (button) {
        if (Number(button.dataset.index) === chapter) button.setAttribute('aria-current', 'true'); else button.removeAttribute('aria-current');
      });
      var title = state.timings.chapters[chapter] ? state.timings.chapters[chapter].title : '';
      $('#chapter-now').textContent = 'Chapter: ' + title;
    }
    var seek = $('#seek');
    if (document.activeElement !== seek) seek.value = String(Math.round(1000 * time / (duration || 1)));
    seek.setAttribute('aria-valuetext', clock(time) + ' of ' + clock(duration));
    $('#elapsed').textContent = clock(time);
    var rate = audio.playbackRate || 1;
    var heard = parseSpeed(state.rendition.speed) * rate;
    var left = Math.max(0, (duration - time) / rate);
    $('#left').textContent = Math.max(1, Math.round(left / 60)) + ' min left at ' + formatSpeed(heard);
  }

  function loop() {
    update();
    if (!audio.paused) window.requestAnimationFrame(loop);
  }

  // --- Moving about -----------------------------------------------------------------------------
  function seekTo(time) {
    audio.currentTime = Math.max(0, time);
    update();
  }
  function playSentence(index) {
    var sentences = state.timings.sentences;
    index = Math.max(0, Math.min(sentences.length - 1, index));
    seekTo(sentences[index].start);
  }
  function skipSentence(step) { playSentence(sentenceAt(audio.currentTime) + step); }
  function skipParagraph(step) {
    var sentences = state.timings.sentences, index = sentenceAt(audio.currentTime);
    var key = function (i) { return sentences[i].chapter + ':' + sentences[i].paragraph; };
    var here = key(index), i = index;
    if (step > 0) {
      while (i < sentences.length - 1 && key(i) === here) i++;
    } else {
      while (i > 0 && key(i) === here) i--;  // into the previous paragraph...
      var previous = key(i);
      while (i > 0 && key(i - 1) === previous) i--;  // ...to its first sentence
      if (audio.currentTime - sentences[index].start > 2 && step < 0) {
        i = index; while (i > 0 && key(i - 1) === here) i--;  // far into this one: its start
      }
    }
    playSentence(i);
  }
  function togglePlay() {
    if (audio.paused) audio.play().catch(function (error) { say('Press play to listen (' + error.message + ')'); });
    else audio.pause();
  }

  // --- Choosing voice and speed -------------------------------------------------------------
  function choose(change) {
    var wanted = {
      voice: change.voice || (state.wanted || state.rendition).voice,
      speed: change.speed || (state.wanted || state.rendition).speed,
      format: state.rendition.format
    };
    state.wanted = wanted;
    store.setItem('narrator.voice', wanted.voice);
    store.setItem('narrator.speed', wanted.speed);
    showChoice();
    if (same(wanted, state.rendition)) { audio.playbackRate = 1; state.switching++; say(''); return Promise.resolve(); }
    // Heard at once: the browser's rate stands in while the rendition at that speed is made.
    if (wanted.voice === state.rendition.voice) audio.playbackRate = parseSpeed(wanted.speed) / parseSpeed(state.rendition.speed);
    return switchTo(wanted);
  }

  // Loads another rendition and continues from the same sentence.
  function switchTo(rendition) {
    var ticket = ++state.switching;
    state.pending = true;
    return timingsOf(rendition, ticket).then(function (timings) {
      if (ticket !== state.switching) return;
      var index = state.timings ? sentenceAt(audio.currentTime) : 0;
      var offset = state.timings ? audio.currentTime - state.timings.sentences[index].start : 0;
      var wasPlaying = state.timings ? !audio.paused : false;
      var oldTimings = state.timings;
      var sentence = timings.sentences[Math.min(index, timings.sentences.length - 1)];
      var scale = oldTimings ? (sentence.end - sentence.start) / Math.max(0.001, oldTimings.sentences[index].end - oldTimings.sentences[index].start) : 1;
      var target = sentence.start + Math.max(0, Math.min(offset * scale, sentence.end - sentence.start - 0.05));
      state.rendition = rendition;
      state.timings = timings;
      state.sentence = -1;
      state.chapter = -1;
      renderText(timings);
      renderChapters(timings);
      audio.playbackRate = 1;
      audio.src = api + '/audio' + query(rendition);
      $('#download').href = audio.src;
      return new Promise(function (resolve) {
        audio.addEventListener('loadedmetadata', function ready() {
          audio.removeEventListener('loadedmetadata', ready);
          audio.currentTime = target;
          update();
          state.pending = false;
          say(oldTimings ? 'Now reading with ' + rendition.voice + ' at ' + speedText(parseSpeed(rendition.speed)) : '');
          if (wasPlaying) audio.play().catch(function () {});
          resolve();
        });
      });
    }).catch(function (error) {
      if (error.message !== 'superseded') { state.pending = false; say(error.message); }
    });
  }

  function showChoice() {
    var wanted = state.wanted || state.rendition;
    var multiplier = parseSpeed(wanted.speed);
    $('#voice').value = wanted.voice;
    $('#speed').value = formatSpeed(multiplier);
    root.querySelectorAll('input[name="speed-preset"]').forEach(function (radio) {
      radio.checked = Math.abs(parseFloat(radio.value) - multiplier) < 0.001;
    });
    $('#wpm').textContent = speedText(multiplier);
  }

  function buildChoices(voices, current) {
    var select = $('#voice');
    select.textContent = '';
    var names = voices.voices.map(function (v) { return v.name; });
    if (names.indexOf(current.voice) < 0) voices.voices.unshift({ name: current.voice, language: '', displayName: current.voice });
    voices.voices.forEach(function (voice) {
      var option = document.createElement('option');
      option.value = voice.name;
      option.textContent = (voice.displayName || voice.name) + (voice.language ? ' (' + voice.language + ')' : '');
      select.appendChild(option);
    });
    var speed = $('#speed');
    speed.textContent = '';
    SPEEDS.forEach(function (multiplier) {
      var option = document.createElement('option');
      option.value = formatSpeed(multiplier);
      option.textContent = speedText(multiplier);
      speed.appendChild(option);
    });
    var presets = $('#speed-presets');
    presets.querySelectorAll('label').forEach(function (label) { label.remove(); });
    PRESETS.forEach(function (preset) {
      var label = document.createElement('label');
      var radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'speed-preset';
      radio.value = String(preset[1]);
      label.appendChild(radio);
      label.appendChild(document.createTextNode(' ' + preset[0] + ' '));
      var wpm = document.createElement('small');
      wpm.textContent = Math.round(preset[1] * 200) + ' WPM';
      label.appendChild(wpm);
      presets.appendChild(label);
    });
  }

  // --- Wiring -------------------------------------------------------------------------------------
  function wire() {
    $('#play').addEventListener('click', togglePlay);
    $('#prev-sentence').addEventListener('click', function () { skipSentence(-1); });
    $('#next-sentence').addEventListener('click', function () { skipSentence(1); });
    $('#prev-paragraph').addEventListener('click', function () { skipParagraph(-1); });
    $('#next-paragraph').addEventListener('click', function () { skipParagraph(1); });
    $('#seek').addEventListener('input', function (event) {
      seekTo((audio.duration || state.timings.durationSeconds) * Number(event.target.value) / 1000);
    });
    $('#chapters').addEventListener('click', function (event) {
      var button = event.target.closest('.chapter');
      if (button) seekTo(state.timings.chapters[Number(button.dataset.index)].start + 0.001);
    });
    $('#text').addEventListener('click', function (event) {
      var sentence = event.target.closest('.sentence');
      if (!sentence) return;
      playSentence(Number(sentence.dataset.index));
      if (audio.paused) togglePlay();
    });
    $('#voice').addEventListener('change', function (event) { choose({ voice: event.target.value }); });
    $('#speed').addEventListener('change', function (event) { choose({ speed: event.target.value }); });
    $('#speed-presets').addEventListener('change', function (event) {
      if (event.target.name === 'speed-preset') choose({ speed: formatSpeed(parseFloat(event.target.value)) });
    });
    audio.addEventListener('play', function () {
      $('#play').textContent = '❚❚';
      $('#play').setAttribute('aria-label', 'Pause');
      loop();
    });
    audio.addEventListener('pause', function () {
      $('#play').textContent = '▶';
      $('#play').setAttribute('aria-label', 'Play');
      update();
    });
    audio.addEventListener('seeked', update);
    audio.addEventListener('timeupdate', update);
    document.addEventListener('keydown', function (event) {
      var tag = (event.target.tagName || '').toLowerCase();
      if (event.altKey || event.ctrlKey || event.metaKey || tag === 'input' || tag === 'select' || tag === 'textarea') return;
      var step = function (delta) {
        var current = parseSpeed((state.wanted || state.rendition).speed), next = Math.min(3, Math.max(0.5, current + delta));
        choose({ speed: formatSpeed(next) });
      };
      switch (event.key) {
        case ' ': if (tag === 'button' || tag === 'a') return; togglePlay(); break;
        case 'ArrowLeft': skipSentence(-1); break;
        case 'ArrowRight': skipSentence(1); break;
        case 'ArrowUp': skipParagraph(-1); break;
        case 'ArrowDown': skipParagraph(1); break;
        case '[': step(-0.25); break;
        case ']': step(0.25); break;
        default: return;
      }
      event.preventDefault();
    });
    if ('mediaSession' in navigator) {
      var session = navigator.mediaSession;
      var handlers = {
        play: function () { audio.play(); }, pause: function () { audio.pause(); },
        seekbackward: function () { skipSentence(-1); }, seekforward: function () { skipSentence(1); },
        previoustrack: function () { seekTo(state.timings.chapters[Math.max(0, state.chapter - 1)].start); },
        nexttrack: function () { var c = state.timings.chapters[state.chapter + 1]; if (c) seekTo(c.start); },
        seekto: function (details) { seekTo(details.seekTime); }
      };
      Object.keys(handlers).forEach(function (action) { try { session.setActionHandler(action, handlers[action]); } catch (e) {} });
    }
  }

  function start() {
    Promise.all([getJSON(api), getJSON('/api/voices')]).then(function (answers) {
      var narration = answers[0].body, voices = answers[1].body;
      if (answers[0].status !== 200) throw new Error((narration.error && narration.error.message) || 'no such narration');
      state.narration = narration;
      var first = { voice: narration.voice, speed: narration.speed, format: narration.format };
      buildChoices(voices, first);
      wire();
      if ('mediaSession' in navigator && window.MediaMetadata) {
        navigator.mediaSession.metadata = new MediaMetadata({ title: narration.title || 'Article', artist: narration.byline || 'Narrator', album: 'Narrator' });
      }
      // A reader's remembered voice and speed win over the narration's own.
      var remembered = { voice: store.getItem('narrator.voice'), speed: store.getItem('narrator.speed') };
      var known = voices.voices.some(function (v) { return v.name === remembered.voice; }) || remembered.voice === first.voice;
      var wanted = {
        voice: remembered.voice && known ? remembered.voice : first.voice,
        speed: remembered.speed && SPEEDS.indexOf(parseSpeed(remembered.speed)) >= 0 ? formatSpeed(parseSpeed(remembered.speed)) : first.speed,
        format: first.format
      };
      state.rendition = wanted;
      state.wanted = wanted;
      showChoice();
      return switchTo(wanted);
    }).catch(function (error) { say(error.message); });
  }

  start();
})();
