/* The administrators' settings page: saves through PUT /settings, starts and follows a rebuild,
   erases a person's data. Every text comes from the page (the bundle); nothing is built as HTML. */
(function () {
  'use strict';

  function fill(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, function (m, i) {
      return args[i] === undefined || args[i] === null ? '' : String(args[i]);
    });
  }

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.text().then(function (t) {
        var json = null;
        try { json = t ? JSON.parse(t) : null; } catch (e) { json = null; }
        return { status: r.status, json: json };
      });
    });
  }

  function start() {
    var root = document.querySelector('.vm-admin');
    var texts = document.getElementById('vm-admin-texts');
    if (!root || !texts) {
      return;
    }
    var rest = root.getAttribute('data-rest');
    var t = texts.dataset;

    function clearErrors(form) {
      form.querySelectorAll('.error[data-field]').forEach(function (e) { e.textContent = ''; });
      form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    }

    function showErrors(form, errors) {
      Object.keys(errors || {}).forEach(function (field) {
        var slot = form.querySelector('.error[data-field="' + CSS.escape(field) + '"]')
          || form.querySelector('.error[data-field="body"]');
        if (slot) {
          slot.textContent = errors[field];
        }
        var input = form.querySelector('[name="' + CSS.escape(field) + '"]');
        if (input) {
          input.setAttribute('aria-invalid', 'true');
        }
      });
    }

    function number(value) {
      var n = Number(value);
      return value.trim() !== '' && !isNaN(n) ? n : value;
    }

    var settings = document.getElementById('vm-settings');
    settings.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearErrors(settings);
      var body = {};
      settings.querySelectorAll('input[name], select[name]').forEach(function (input) {
        if (input.name === 'timeZone' || input.name === 'firstDayOfWeek') {
          body[input.name] = input.value;
        } else if (input.name === 'viewerGroup') {
          body[input.name] = input.value.trim() === '' ? null : input.value;
        } else {
          body[input.name] = number(input.value);
        }
      });
      var targets = {};
      settings.querySelectorAll('tr[data-team]').forEach(function (row) {
        var stage = Number(row.querySelector('.vm-target-stage').value);
        var by = row.querySelector('.vm-target-by').value;
        if (stage > 0 || by) {
          targets[row.getAttribute('data-team')] = { stage: stage, by: by };
        }
      });
      body.targets = targets;
      var status = document.getElementById('vm-save-status');
      status.textContent = '';
      request('PUT', rest + '/settings', body).then(function (r) {
        if (r.status === 200) {
          status.textContent = t.saved;
          if (r.json && r.json.rebuild) {
            follow(r.json.rebuild);
          }
        } else {
          status.textContent = t.failed;
          showErrors(settings, r.json && r.json.errors);
        }
      });
    });

    var bar = document.getElementById('vm-rebuild-bar');
    var text = document.getElementById('vm-rebuild-text');
    var timer = null;

    function show(state) {
      var done = state.progress ? state.progress.done : 0;
      var total = state.progress ? state.progress.total : 0;
      bar.max = total > 0 ? total : 1;
      bar.value = state.state === 'done' ? bar.max : done;
      bar.textContent = String(done);
      text.setAttribute('data-state', state.state);
      text.textContent = fill(t['state' + state.state.charAt(0).toUpperCase() + state.state.slice(1)] || '',
        [done, total, state.error]);
    }

    function follow(state) {
      show(state);
      if (timer) {
        clearTimeout(timer);
      }
      if (state.state === 'queued' || state.state === 'running') {
        timer = setTimeout(function () {
          request('GET', rest + '/admin/rebuild').then(function (r) {
            if (r.status === 200) {
              follow(r.json);
            }
          });
        }, 1000);
      }
    }

    document.getElementById('vm-rebuild').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var reclassify = document.getElementById('vm-reclassify').checked;
      request('POST', rest + '/admin/rebuild', { reclassify: reclassify }).then(function (r) {
        if (r.status === 409) {
          text.textContent = t.busy;
        }
        if (r.json && r.json.state) {
          follow(r.json);
        }
      });
    });

    var erase = document.getElementById('vm-erase');
    erase.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearErrors(erase);
      var user = document.getElementById('vm-erase-user').value.trim();
      var reason = document.getElementById('vm-erase-reason').value;
      var status = document.getElementById('vm-erase-status');
      if (!user || !window.confirm(fill(t.confirm, [user]))) {
        return;
      }
      request('DELETE', rest + '/people/' + encodeURIComponent(user) + '/data', { reason: reason || null })
        .then(function (r) {
          if (r.status === 200) {
            status.textContent = fill(t.erased, [r.json.erasedEvents, r.json.anonymisedEvents]);
          } else if (r.json && r.json.errors && Object.keys(r.json.errors).length) {
            showErrors(erase, r.json.errors);
          } else {
            status.textContent = (r.json && r.json.errorMessages && r.json.errorMessages[0]) || t.failed;
          }
        });
    });

    var initial = text.getAttribute('data-state');
    if (initial === 'queued' || initial === 'running') {
      follow({ state: initial, progress: { done: Number(bar.value), total: Number(bar.max) } });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
