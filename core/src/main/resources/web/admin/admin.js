/* The administration area. Measurement and privacy: saves through PUT /settings, starts and follows
   a rebuild, erases a person's data. Teams: the list, order, warnings and the form with the group
   picker. Get started needs no script. Every text comes from the page (the
   bundle); nothing is built as HTML. */
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
    if (!root) {
      return;
    }
    var page = root.getAttribute('data-page');
    var rest = root.getAttribute('data-rest');
    if (page === 'teams' && document.getElementById('vm-teams-texts')) {
      teamsPage(rest, document.getElementById('vm-teams-texts').dataset);
    } else if (page === 'containers' && document.getElementById('vm-containers-texts')) {
      containersPage(rest, document.getElementById('vm-containers-texts').dataset);
    } else if (document.getElementById('vm-admin-texts')) {
      settingsPage(rest, document.getElementById('vm-admin-texts').dataset);
    }
  }

  function clearErrorsIn(form) {
    form.querySelectorAll('.error[data-field]').forEach(function (e) { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
  }

  function showErrorsIn(form, errors, inputs) {
    Object.keys(errors || {}).forEach(function (field) {
      var slot = form.querySelector('.error[data-field="' + CSS.escape(field) + '"]')
        || form.querySelector('.error[data-field="body"]');
      if (slot) {
        slot.textContent = errors[field];
      }
      var input = inputs[field];
      if (input) {
        input.setAttribute('aria-invalid', 'true');
      }
    });
  }

  function button(label, text, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'aui-button aui-button-compact';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    return b;
  }

  function teamsPage(rest, t) {
    var table = document.querySelector('#vm-teams tbody');
    var empty = document.getElementById('vm-teams-empty');
    var warnings = document.getElementById('vm-team-warnings');
    var listStatus = document.getElementById('vm-teams-status');
    var form = document.getElementById('vm-team-form');
    var key = document.getElementById('vm-team-key');
    var name = document.getElementById('vm-team-name');
    var kind = document.getElementById('vm-team-kind');
    var search = document.getElementById('vm-group-search');
    var results = document.getElementById('vm-group-results');
    var chosenList = document.getElementById('vm-team-groups');
    var preview = document.getElementById('vm-team-preview');
    var formTitle = document.getElementById('vm-team-form-title');
    var status = document.getElementById('vm-team-status');
    var teams = [];
    var chosen = [];
    var editing = null;
    var searchTimer = null;
    var active = -1;

    function kindText(k) {
      return t['kind' + k.charAt(0).toUpperCase() + k.slice(1)] || k;
    }

    function render(data) {
      teams = data.teams;
      table.textContent = '';
      empty.hidden = teams.length > 0;
      teams.forEach(function (team, i) {
        var row = document.createElement('tr');
        row.setAttribute('data-team', team.key);
        var order = document.createElement('td');
        order.className = 'vm-order';
        var up = button(fill(t.up, [team.name]), '\u2191', function () { move(i, -1); });
        var down = button(fill(t.down, [team.name]), '\u2193', function () { move(i, 1); });
        up.disabled = i === 0;
        down.disabled = i === teams.length - 1;
        up.classList.add('vm-up');
        down.classList.add('vm-down');
        order.appendChild(up);
        order.appendChild(down);
        row.appendChild(order);
        var head = document.createElement('th');
        head.scope = 'row';
        head.textContent = team.name;
        row.appendChild(head);
        [kindText(team.kind), team.groups.join(', '), String(team.members)].forEach(function (text, c) {
          var cell = document.createElement('td');
          cell.textContent = text;
          cell.className = ['vm-kind', 'vm-groups', 'vm-members'][c];
          row.appendChild(cell);
        });
        var actions = document.createElement('td');
        var edit = button(fill(t.edit, [team.name]), t.editShort, function () { load(team); });
        edit.classList.add('vm-edit');
        var del = button(fill(t['delete'], [team.name]), t.deleteShort, function () { remove(team); });
        del.classList.add('vm-delete');
        actions.appendChild(edit);
        actions.appendChild(del);
        row.appendChild(actions);
        table.appendChild(row);
      });
      warnings.textContent = '';
      data.warnings.forEach(function (w) {
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-warning vm-warning';
        box.setAttribute('data-warning', w.type);
        var p = document.createElement('p');
        p.textContent = w.text;
        box.appendChild(p);
        warnings.appendChild(box);
      });
    }

    function reload() {
      return request('GET', rest + '/admin/teams').then(function (r) {
        if (r.status === 200) {
          render(r.json);
        }
      });
    }

    function move(i, by) {
      var order = teams.map(function (team) { return team.key; });
      var moved = order.splice(i, 1)[0];
      order.splice(i + by, 0, moved);
      request('PUT', rest + '/admin/teams/order', { order: order }).then(function (r) {
        if (r.status === 200) {
          render(r.json);
          listStatus.textContent = t.reordered;
          var focus = table.querySelector('tr[data-team="' + CSS.escape(moved) + '"] ' + (by < 0 ? '.vm-up' : '.vm-down'));
          if (focus && !focus.disabled) {
            focus.focus();
          }
        } else {
          listStatus.textContent = t.failed;
        }
      });
    }

    function remove(team) {
      if (!window.confirm(fill(t.confirmDelete, [team.name]))) {
        return;
      }
      request('DELETE', rest + '/teams/' + encodeURIComponent(team.key)).then(function (r) {
        listStatus.textContent = r.status === 204 ? fill(t.deleted, [team.name]) : t.failed;
        reload();
      });
    }

    function showChosen() {
      chosenList.textContent = '';
      var members = 0;
      chosen.forEach(function (g) {
        members += g.members || 0;
        var li = document.createElement('li');
        var label = document.createElement('span');
        label.textContent = g.members === undefined ? g.name : fill(t.groupOption, [g.name, g.members]);
        li.appendChild(label);
        li.appendChild(button(fill(t.remove, [g.name]), '\u00d7', function () {
          chosen = chosen.filter(function (c) { return c.name !== g.name; });
          showChosen();
          search.focus();
        }));
        chosenList.appendChild(li);
      });
      preview.textContent = chosen.length ? fill(t.preview, [members]) : '';
    }

    function closeResults() {
      results.hidden = true;
      results.textContent = '';
      search.setAttribute('aria-expanded', 'false');
      search.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function choose(group) {
      if (!chosen.some(function (c) { return c.name === group.name; })) {
        chosen.push(group);
      }
      showChosen();
      search.value = '';
      closeResults();
      search.focus();
    }

    function showResults(groups) {
      results.textContent = '';
      active = -1;
      if (!groups.length) {
        var none = document.createElement('li');
        none.className = 'vm-picker-none';
        none.setAttribute('role', 'option');
        none.setAttribute('aria-disabled', 'true');
        none.id = 'vm-group-none';
        none.textContent = t.noGroups;
        results.appendChild(none);
      }
      groups.forEach(function (g, i) {
        var li = document.createElement('li');
        li.id = 'vm-group-option-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.setAttribute('data-group', g.name);
        li.textContent = fill(t.groupOption, [g.name, g.members]);
        li.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
        li.addEventListener('click', function () { choose(g); });
        li.group = g;
        results.appendChild(li);
      });
      results.hidden = false;
      search.setAttribute('aria-expanded', 'true');
    }

    function highlight(i) {
      var options = results.querySelectorAll('li[data-group]');
      if (!options.length) {
        return;
      }
      active = (i + options.length) % options.length;
      options.forEach(function (o, j) { o.setAttribute('aria-selected', String(j === active)); });
      search.setAttribute('aria-activedescendant', options[active].id);
    }

    search.addEventListener('input', function () {
      if (searchTimer) {
        clearTimeout(searchTimer);
      }
      var q = search.value.trim();
      if (!q) {
        closeResults();
        return;
      }
      searchTimer = setTimeout(function () {
        request('GET', rest + '/groups?limit=20&q=' + encodeURIComponent(q)).then(function (r) {
          if (r.status === 200 && search.value.trim() === q) {
            showResults(r.json.groups);
          }
        });
      }, 200);
    });
    search.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        highlight(active + (ev.key === 'ArrowDown' ? 1 : -1));
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        var options = results.querySelectorAll('li[data-group]');
        if (active >= 0 && options[active]) {
          choose(options[active].group);
        } else if (options.length === 1) {
          choose(options[0].group);
        }
      } else if (ev.key === 'Escape') {
        closeResults();
      }
    });
    search.addEventListener('blur', function () { setTimeout(closeResults, 150); });

    function load(team) {
      editing = team.key;
      key.value = team.key;
      key.readOnly = true;
      name.value = team.name;
      kind.value = team.kind;
      chosen = team.groups.map(function (g) { return { name: g }; });
      showChosen();
      formTitle.textContent = fill(t.editing, [team.name]);
      clearErrorsIn(form);
      status.textContent = '';
      name.focus();
    }

    function reset() {
      editing = null;
      form.reset();
      key.readOnly = false;
      chosen = [];
      showChosen();
      formTitle.textContent = t.create;
      clearErrorsIn(form);
    }

    document.getElementById('vm-team-reset').addEventListener('click', function () {
      reset();
      status.textContent = '';
    });

    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearErrorsIn(form);
      status.textContent = '';
      var k = key.value.trim();
      var body = { name: name.value, kind: kind.value, groups: chosen.map(function (g) { return g.name; }) };
      var inputs = { key: key, name: name, kind: kind, groups: search };
      if (!k) {
        showErrorsIn(form, { key: t.failed }, inputs);
        return;
      }
      request('PUT', rest + '/teams/' + encodeURIComponent(k), body).then(function (r) {
        if (r.status === 200 || r.status === 201) {
          status.textContent = fill(t.saved, [r.json.name]);
          reset();
          reload();
        } else {
          status.textContent = t.failed;
          showErrorsIn(form, r.json && r.json.errors, inputs);
        }
      });
    });

    showChosen();
    reload();
  }

  function containersPage(rest, t) {
    var table = document.querySelector('#vm-containers tbody');
    var unmapped = document.getElementById('vm-unmapped');
    var filter = document.getElementById('vm-container-filter');
    var onlyUnmapped = document.getElementById('vm-only-unmapped');
    var bulkTeam = document.getElementById('vm-bulk-team');
    var selectAll = document.getElementById('vm-select-all');
    var status = document.getElementById('vm-containers-status');
    var error = document.getElementById('vm-containers-error');
    var data = { containers: [], teams: [], unmapped: 0 };
    var names = {};

    function option(value, text, selected) {
      var o = document.createElement('option');
      o.value = value;
      o.textContent = text;
      o.selected = selected;
      return o;
    }

    function visible(c) {
      var q = filter.value.trim().toLowerCase();
      var owner = c.owner ? (names[c.owner] || c.owner) : '';
      return (!onlyUnmapped.checked || !c.owner)
        && (!q || (c.name + ' ' + c.key + ' ' + owner).toLowerCase().indexOf(q) >= 0);
    }

    function render() {
      unmapped.textContent = fill(t.unmapped, [data.unmapped]);
      table.textContent = '';
      data.containers.forEach(function (c) {
        var row = document.createElement('tr');
        row.setAttribute('data-container', c.key);
        row.hidden = !visible(c);
        var pick = document.createElement('td');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.className = 'vm-select';
        box.setAttribute('aria-label', fill(t.select, [c.name]));
        pick.appendChild(box);
        row.appendChild(pick);
        var head = document.createElement('th');
        head.scope = 'row';
        head.textContent = c.name + ' (' + c.key + ')';
        row.appendChild(head);
        var ownerCell = document.createElement('td');
        var owner = document.createElement('select');
        owner.className = 'select vm-owner';
        owner.setAttribute('aria-label', fill(t.ownerOf, [c.name]));
        owner.appendChild(option('', t.noTeam, !c.owner));
        data.teams.forEach(function (team) { owner.appendChild(option(team.key, team.name, team.key === c.owner)); });
        owner.addEventListener('change', function () {
          var one = {};
          one[c.key] = owner.value || null;
          save(one);
        });
        ownerCell.appendChild(owner);
        row.appendChild(ownerCell);
        var suggestion = document.createElement('td');
        suggestion.className = 'vm-suggestion';
        if (c.suggestion) {
          var text = document.createElement('span');
          text.className = 'vm-suggestion-reason';
          text.setAttribute('data-reason', c.suggestion.reason);
          text.textContent = c.suggestion.reason === 'viewPermission'
            ? fill(t.suggestedByView, [names[c.suggestion.team] || c.suggestion.team, c.suggestion.groups.join(', ')])
            : fill(t.suggested, [names[c.suggestion.team] || c.suggestion.team, c.suggestion.activeDays]);
          suggestion.appendChild(text);
          var accept = button(fill(t.accept, [names[c.suggestion.team] || c.suggestion.team, c.name]), t.acceptShort,
            function () {
              var one = {};
              one[c.key] = c.suggestion.team;
              save(one);
            });
          accept.classList.add('vm-accept');
          suggestion.appendChild(document.createTextNode(' '));
          suggestion.appendChild(accept);
        } else {
          suggestion.textContent = t.none;
        }
        row.appendChild(suggestion);
        table.appendChild(row);
      });
      selectAll.checked = false;
    }

    function load(json) {
      data = json;
      names = {};
      data.teams.forEach(function (team) { names[team.key] = team.name; });
      var chosen = bulkTeam.value;
      bulkTeam.textContent = '';
      bulkTeam.appendChild(option('', t.noTeam, !chosen));
      data.teams.forEach(function (team) { bulkTeam.appendChild(option(team.key, team.name, team.key === chosen)); });
      render();
    }

    function save(owners) {
      status.textContent = '';
      error.textContent = '';
      request('PUT', rest + '/admin/containers', { owners: owners }).then(function (r) {
        if (r.status === 200) {
          load(r.json);
          status.textContent = fill(t.saved, [Object.keys(owners).length]);
        } else {
          var errors = (r.json && r.json.errors) || {};
          error.textContent = fill(t.failed, [Object.keys(errors).map(function (k) { return k + ': ' + errors[k]; })
            .join('; ') || (r.json && r.json.errorMessages && r.json.errorMessages[0]) || r.status]);
        }
      });
    }

    filter.addEventListener('input', render);
    onlyUnmapped.addEventListener('change', render);
    document.getElementById('vm-containers-filter').addEventListener('submit', function (ev) { ev.preventDefault(); });
    selectAll.addEventListener('change', function () {
      table.querySelectorAll('tr[data-container]').forEach(function (row) {
        if (!row.hidden) {
          row.querySelector('.vm-select').checked = selectAll.checked;
        }
      });
    });
    document.getElementById('vm-containers-bulk').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var owners = {};
      table.querySelectorAll('tr[data-container]').forEach(function (row) {
        if (!row.hidden && row.querySelector('.vm-select').checked) {
          owners[row.getAttribute('data-container')] = bulkTeam.value || null;
        }
      });
      if (!Object.keys(owners).length) {
        status.textContent = t.nothing;
        return;
      }
      save(owners);
    });
    document.getElementById('vm-accept-all').addEventListener('click', function () {
      var owners = {};
      data.containers.forEach(function (c) {
        if (c.suggestion && visible(c)) {
          owners[c.key] = c.suggestion.team;
        }
      });
      if (Object.keys(owners).length) {
        save(owners);
      }
    });
    request('GET', rest + '/admin/containers').then(function (r) {
      if (r.status === 200) {
        load(r.json);
      }
    });
  }

  // People excluded from measurement: the list, and a picker over GET /people (any host's user search).
  function exclusions(rest, t) {
    var search = document.getElementById('vm-person-search');
    var results = document.getElementById('vm-person-results');
    var list = document.getElementById('vm-excluded');
    var none = document.getElementById('vm-excluded-none');
    var status = document.getElementById('vm-exclusions-status');
    var error = document.getElementById('vm-e-exclude');
    var timer = null;
    var active = -1;
    if (!search) {
      return;
    }

    function show(people) {
      list.textContent = '';
      none.hidden = people.length > 0;
      people.forEach(function (p) {
        var li = document.createElement('li');
        li.setAttribute('data-person', p.key);
        var text = document.createElement('span');
        text.textContent = fill(t.excludedLine, [p.displayName, p.excludedAt.substring(0, 10)]);
        li.appendChild(text);
        li.appendChild(document.createTextNode(' '));
        var again = button(fill(t.include, [p.displayName]), t.includeShort, function () {
          request('DELETE', rest + '/admin/exclusions/' + encodeURIComponent(p.key)).then(function (r) {
            if (r.status === 204) {
              status.textContent = fill(t.includedNow, [p.displayName]);
            }
            reload();
          });
        });
        again.classList.add('vm-include');
        li.appendChild(again);
        list.appendChild(li);
      });
    }

    function reload() {
      request('GET', rest + '/admin/exclusions').then(function (r) {
        if (r.status === 200) {
          show(r.json.people);
        }
      });
    }

    function close() {
      results.hidden = true;
      results.textContent = '';
      search.setAttribute('aria-expanded', 'false');
      search.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function choose(person) {
      close();
      search.value = '';
      error.textContent = '';
      search.removeAttribute('aria-invalid');
      request('POST', rest + '/admin/exclusions', { userKey: person.key }).then(function (r) {
        if (r.status === 200 || r.status === 201) {
          status.textContent = fill(t.excludedNow, [person.displayName]);
          reload();
        } else {
          error.textContent = (r.json && r.json.errors && r.json.errors.userKey) || t.failed;
          search.setAttribute('aria-invalid', 'true');
        }
      });
    }

    function options() {
      return results.querySelectorAll('li[data-person]');
    }

    search.addEventListener('input', function () {
      if (timer) {
        clearTimeout(timer);
      }
      var q = search.value.trim();
      if (!q) {
        close();
        return;
      }
      timer = setTimeout(function () {
        request('GET', rest + '/people?limit=10&q=' + encodeURIComponent(q)).then(function (r) {
          if (r.status !== 200 || search.value.trim() !== q) {
            return;
          }
          results.textContent = '';
          active = -1;
          (r.json.people || []).forEach(function (p, i) {
            var li = document.createElement('li');
            li.id = 'vm-person-option-' + i;
            li.setAttribute('role', 'option');
            li.setAttribute('aria-selected', 'false');
            li.setAttribute('data-person', p.key);
            li.textContent = fill(t.personOption, [p.displayName, p.username]);
            li.person = p;
            li.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
            li.addEventListener('click', function () { choose(p); });
            results.appendChild(li);
          });
          if (!options().length) {
            var empty = document.createElement('li');
            empty.className = 'vm-picker-none';
            empty.setAttribute('role', 'option');
            empty.setAttribute('aria-disabled', 'true');
            empty.textContent = t.noPeople;
            results.appendChild(empty);
          }
          results.hidden = false;
          search.setAttribute('aria-expanded', 'true');
        });
      }, 200);
    });
    search.addEventListener('keydown', function (ev) {
      var all = options();
      if ((ev.key === 'ArrowDown' || ev.key === 'ArrowUp') && all.length) {
        ev.preventDefault();
        active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + all.length) % all.length;
        all.forEach(function (o, j) { o.setAttribute('aria-selected', String(j === active)); });
        search.setAttribute('aria-activedescendant', all[active].id);
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        if (active >= 0 && all[active]) {
          choose(all[active].person);
        } else if (all.length === 1) {
          choose(all[0].person);
        }
      } else if (ev.key === 'Escape') {
        close();
      }
    });
    search.addEventListener('blur', function () { setTimeout(close, 150); });
    document.getElementById('vm-exclusions').addEventListener('submit', function (ev) { ev.preventDefault(); });
    reload();
  }

  function settingsPage(rest, t) {
    exclusions(rest, t);

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
