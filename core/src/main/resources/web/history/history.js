/* The history import's page: starts (POST), cancels (DELETE) and follows (GET, each second) the
 * import through /admin/history-import, showing items, events stored, rate and time left. */
(function () {
  'use strict';

  function fill(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, function (m, i) {
      return args[Number(i)] === undefined || args[Number(i)] === null ? '' : String(args[Number(i)]);
    });
  }

  function request(method, url, body) {
    var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (r) {
      return r.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = null;
        }
        return { status: r.status, json: json };
      });
    });
  }

  function start() {
    var main = document.getElementById('main');
    var form = document.getElementById('vm-history-form');
    if (!main || !form) {
      return;
    }
    var url = main.getAttribute('data-rest') + '/admin/history-import';
    var t = document.getElementById('vm-history-texts').dataset;
    var bar = document.getElementById('vm-history-bar');
    var text = document.getElementById('vm-history-text');
    var since = document.getElementById('vm-history-since');
    var sinceError = document.getElementById('vm-e-since');
    var cancel = document.getElementById('vm-history-cancel');
    var startButton = document.getElementById('vm-history-start');
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined);
    var timer = null;

    function duration(seconds) {
      if (seconds === null || seconds === undefined) {
        return t.unknown;
      }
      var h = Math.floor(seconds / 3600);
      var m = Math.floor((seconds % 3600) / 60);
      var s = seconds % 60;
      return (h > 0 ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
    }

    function show(state) {
      var active = state.state === 'queued' || state.state === 'running';
      var total = state.itemsTotal > 0 ? state.itemsTotal : 1;
      bar.max = total;
      bar.value = state.state === 'done' ? total : Math.min(state.items, total);
      bar.textContent = String(state.items);
      text.setAttribute('data-state', state.state);
      var key = 'state' + state.state.charAt(0).toUpperCase() + state.state.slice(1);
      text.textContent = fill(t[key] || '', [number.format(state.items), number.format(state.itemsTotal),
        state.error, state.since]);
      document.getElementById('vm-history-items').textContent =
        fill(t.items, [number.format(state.items), number.format(state.itemsTotal)]);
      document.getElementById('vm-history-events').textContent = number.format(state.events);
      document.getElementById('vm-history-rate').textContent = fill(t.rate, [number.format(state.ratePerSecond)]);
      document.getElementById('vm-history-left').textContent = active ? duration(state.secondsLeft) : '\u2014';
      cancel.disabled = !active;
      startButton.disabled = active;
    }

    function follow(state) {
      show(state);
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (state.state === 'queued' || state.state === 'running') {
        timer = setTimeout(poll, 1000);
      }
    }

    function poll() {
      request('GET', url).then(function (r) {
        if (r.status === 200 && r.json) {
          follow(r.json);
        } else {
          timer = setTimeout(poll, 5000);
        }
      });
    }

    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      sinceError.textContent = '';
      since.removeAttribute('aria-invalid');
      var body = {};
      if (since.value) {
        body.since = since.value;
      }
      request('POST', url, body).then(function (r) {
        if (r.status === 400 && r.json && r.json.errors && r.json.errors.since) {
          sinceError.textContent = r.json.errors.since;
          since.setAttribute('aria-invalid', 'true');
          return;
        }
        if (r.json && r.json.state) {
          follow(r.json);
        }
        if (r.status === 409) {
          text.textContent = t.busy;
        } else if (r.status !== 202) {
          text.textContent = t.failed;
        }
      });
    });

    cancel.addEventListener('click', function () {
      request('DELETE', url).then(function (r) {
        if (r.json && r.json.state) {
          follow(r.json);
        }
      });
    });

    poll();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
