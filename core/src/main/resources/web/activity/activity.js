/*
 * Value Matrix activity stream: "load more" through the REST cursor. Items arriving in the
 * browser are built with DOM APIs and textContent only, so nothing a user typed is parsed as
 * HTML here either.
 */
(function () {
  'use strict';

  function format(pattern, args) {
    return String(pattern || '').replace(/\{(\d+)\}/g, function (m, i) { return args[+i] === undefined ? m : args[+i]; });
  }

  function relative(iso, t) {
    var s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
    if (s < 60) { return t['vm.time.now']; }
    if (s < 3600) { return format(t['vm.time.minutes'], [Math.floor(s / 60)]); }
    if (s < 86400) { return format(t['vm.time.hours'], [Math.floor(s / 3600)]); }
    if (s < 86400 * 45) { return format(t['vm.time.days'], [Math.floor(s / 86400)]); }
    if (s < 86400 * 365) { return format(t['vm.time.months'], [Math.floor(s / (86400 * 30))]); }
    return format(t['vm.time.years'], [Math.floor(s / (86400 * 365))]);
  }

  // The one link rule, the server's too (core's Links): a path on this site or an http(s) address,
  // read as browsers read an href (spaces and C0 controls around it and every tab and line break
  // dropped, a backslash read as a slash); anything else is no link, and the text shows alone.
  var ABSOLUTE = /^(https?):[\/\\]{2}([^\/\\?#]*)([\s\S]*)$/i;
  var AUTHORITY = /^([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\.?(?::([0-9]{0,5}))?$/;
  var IPV4 = /^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$/;

  function pathSlashes(s) {
    var end = s.search(/[?#]/);
    if (end < 0) { end = s.length; }
    return s.slice(0, end).replace(/\\/g, '/') + s.slice(end);
  }

  // A host whose last label is a number is an IPv4 address to a browser, refused unless it is one.
  function validAuthority(authority) {
    var m = AUTHORITY.exec(authority);
    if (!m || (m[2] && +m[2] > 65535)) { return false; }
    var host = m[1], ip = IPV4.exec(host);
    if (/[A-Za-z]/.test(host.charAt(host.lastIndexOf('.') + 1))) { return true; }
    return !!ip && +ip[1] <= 255 && +ip[2] <= 255 && +ip[3] <= 255 && +ip[4] <= 255;
  }

  function linkTarget(url) {
    if (url === null || url === undefined) { return null; }
    var s = String(url).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    if (s.charAt(0) === '/') {
      // A second slash or backslash makes it protocol-relative: another site.
      return s.length > 1 && (s.charAt(1) === '/' || s.charAt(1) === '\\') ? null : pathSlashes(s);
    }
    var m = ABSOLUTE.exec(s);
    return m && validAuthority(m[2]) ? m[1].toLowerCase() + '://' + m[2] + pathSlashes(m[3]) : null;
  }

  /** @return the address to link to (site paths after the context path), or null for no link */
  function linkHref(url, contextPath) {
    var target = linkTarget(url);
    return target === null ? null : (target.charAt(0) === '/' ? contextPath + target : target);
  }

  // An <a> to href, or, where href is null, a fallbackTag element with the text alone.
  function link(fallbackTag, className, text, href) {
    var e = el(href === null ? fallbackTag : 'a', className, text);
    if (href !== null) { e.setAttribute('href', href); }
    return e;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function initials(name) {
    var parts = String(name || '').trim().split(/\s+/), out = '';
    for (var i = 0; i < parts.length && out.length < 2; i++) {
      if (parts[i]) { out += parts[i].charAt(0).toUpperCase(); }
    }
    return out || '?';
  }

  // The same sentence as StreamView's: the verb's pattern orders who, what and whom; its words are text.
  function fill(pattern, parts) {
    var out = document.createDocumentFragment(), re = /\{(\d)\}/g, last = 0, m;
    while ((m = re.exec(pattern)) !== null) {
      var part = parts[+m[1]];
      if (part === undefined) { continue; }
      if (m.index > last) { out.appendChild(document.createTextNode(pattern.slice(last, m.index))); }
      if (part) { out.appendChild(part); }
      last = re.lastIndex;
    }
    if (last < pattern.length) { out.appendChild(document.createTextNode(pattern.slice(last))); }
    return out;
  }

  // A name links to the stream filtered by that person, as the server's entries do.
  function person(className, who, team, t, actorUrl) {
    var name = actorUrl ? link('span', className, who.displayName, actorUrl + encodeURIComponent(who.key))
      : el('span', className, who.displayName);
    return team ? fill(t['vm.stream.person'] || '{0} ({1})', [name, el('span', 'vm-team', team.name)]) : name;
  }

  function renderItem(item, t, contextPath, actorUrl) {
    var li = el('li', 'vm-item vm-scope-' + (item.scope || ''));
    li.setAttribute('data-id', String(item.id));
    var avatar = el('span', 'vm-avatar', initials(item.actor.displayName));
    avatar.setAttribute('aria-hidden', 'true');
    li.appendChild(avatar);
    var body = el('div', 'vm-item-body');
    var line = el('p', 'vm-item-line');
    var object = link('span', 'vm-object', item.object.title || t['vm.stream.untitled'],
      linkHref(item.object.url, contextPath));
    // An issue's key before its title (a comment's too), as StreamView (ContentTypes) writes it.
    var type = item.object.type;
    var issueKey = type === 'issue' || type === 'comment' ? [type === 'issue' ? item.object.id : '',
      String(item.object.url || '').replace(/[?#].*$/, '').replace(/^.*\//, '')]
      .filter(function (k) { return /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/.test(k); })[0] : null;
    if (issueKey) {
      var title = object.textContent;
      if (title.indexOf(issueKey + ' ') === 0) { title = title.slice(issueKey.length + 1); }
      object.textContent = '';
      object.appendChild(fill(t['vm.stream.issue'] || '{0} {1}', [el('span', 'vm-issue-key', issueKey),
        document.createTextNode(title)]));
    }
    var key = 'vm.line.' + item.verb + (item.counterpart ? '' : '.alone');
    line.appendChild(fill(t[key] || '{0} {1}', [person('vm-actor', item.actor, item.actorTeam, t, actorUrl), object,
      item.counterpart ? person('vm-counterpart', item.counterpart, item.counterpartTeam, t, actorUrl) : null]));
    body.appendChild(line);
    var meta = el('p', 'vm-item-meta');
    if (item.scope) { meta.appendChild(el('span', 'aui-lozenge vm-lozenge vm-lozenge-' + item.scope, t['vm.scope.' + item.scope])); }
    if (item.novelty === 'new') { meta.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle vm-lozenge vm-lozenge-new', t['vm.novelty.new'])); }
    var where = el('span', 'vm-where');
    var containerHref = linkHref(item.container.url, contextPath);
    var ca = containerHref === null ? document.createTextNode(item.container.name)
      : link('span', null, item.container.name, containerHref);
    where.appendChild(fill(t['vm.stream.in'] || '{0}', [ca]));
    meta.appendChild(where);
    var when = el('time', 'vm-when', relative(item.occurredAt, t));
    when.setAttribute('datetime', item.occurredAt);
    meta.appendChild(when);
    body.appendChild(meta);
    li.appendChild(body);
    return li;
  }

  var POLL_MILLIS = 60 * 1000;

  // Appends nodes to the list; a loaded page that starts under the day heading shown last does not repeat it.
  function append(list, nodes) {
    var headings = list.querySelectorAll('[data-day]');
    var last = headings.length ? headings[headings.length - 1].getAttribute('data-day') : null;
    nodes.forEach(function (node, i) {
      if (i === 0 && last !== null && node.getAttribute && node.getAttribute('data-day') === last) { return; }
      list.appendChild(node);
    });
  }

  function countText(t, key, n) {
    return n === 1 ? t[key + '.one'] : format(t[key], [n]);
  }

  // "Your session ended — log in again": the link reloads this page, which asks for the login and returns here.
  function sessionEnded(status, t) {
    status.textContent = '';
    var again = el('a', 'vm-login-again', t['vm.stream.session.login']);
    again.setAttribute('href', window.location.href);
    status.appendChild(fill(t['vm.stream.session'] || '{0}', [again]));
  }

  function Stream(section) {
    this.section = section;
    this.t = JSON.parse(section.getAttribute('data-texts') || '{}');
    this.contextPath = section.getAttribute('data-context') || '';
    this.actorUrl = section.getAttribute('data-actor-url') || '';
    this.status = section.querySelector('.vm-stream-status');
    this.list = section.querySelector('.vm-stream-items');
    this.lastPoll = Date.now();
    this.polling = true;
  }

  Stream.prototype.render = function (item) {
    return renderItem(item, this.t, this.contextPath, this.actorUrl);
  };

  Stream.prototype.fetchJson = function (url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (r) {
        if (r.status === 401) { var e = new Error('session'); e.session = true; throw e; }
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      });
  };

  Stream.prototype.wireMore = function () {
    var self = this, section = this.section, t = this.t, status = this.status;
    var button = section.querySelector('.vm-more');
    if (!button || button.getAttribute('data-wired')) { return; }
    button.setAttribute('data-wired', 'true');
    // aria-disabled, not disabled: a disabled button drops the keyboard focus.
    button.addEventListener('click', function () {
      var cursor = section.getAttribute('data-cursor');
      if (!cursor || button.hasAttribute('aria-busy')) { return; }
      button.setAttribute('aria-busy', 'true');
      button.setAttribute('aria-disabled', 'true');
      var spinner = document.createElement('aui-spinner');
      spinner.setAttribute('size', 'small');
      spinner.className = 'vm-spinner';
      button.insertBefore(spinner, button.firstChild);
      status.textContent = t['vm.stream.loading'];
      self.fetchJson(section.getAttribute('data-rest') + '&cursor=' + encodeURIComponent(cursor))
        .then(function (page) {
          append(self.list, page.items.map(function (item) { return self.render(item); }));
          section.setAttribute('data-cursor', page.nextCursor || '');
          var added = countText(t, 'vm.stream.added', page.items.length);
          if (page.nextCursor) {
            status.textContent = added;
          } else {
            status.textContent = added + ' ' + t['vm.stream.end'];
            var hadFocus = document.activeElement === button;
            button.parentNode.removeChild(button);
            if (hadFocus) { status.setAttribute('tabindex', '-1'); status.focus(); }
          }
        })
        .catch(function (e) {
          if (e.session) { sessionEnded(status, t); } else { status.textContent = t['vm.stream.failed']; }
        })
        .then(function () {
          if (spinner.parentNode) { spinner.parentNode.removeChild(spinner); }
          button.removeAttribute('aria-disabled');
          button.removeAttribute('aria-busy');
        });
    });
  };

  // The address of entries newer than the newest shown: the same filters, from its time on.
  Stream.prototype.freshUrl = function () {
    var newest = this.list.querySelector('li.vm-item time[datetime]');
    var url = new URL(this.section.getAttribute('data-rest'), window.location.href);
    // A window that ends (until=) gets nothing new; a stream shown empty has no time to start from.
    if (!newest || url.searchParams.has('until')) { return null; }
    url.searchParams.set('since', newest.getAttribute('datetime'));
    url.searchParams.set('limit', '50');
    url.searchParams.delete('cursor');
    return url.toString();
  };

  /** Asks once for newer entries and offers them; at most once a minute from the timer. */
  Stream.prototype.poll = function () {
    var self = this, url = this.freshUrl();
    this.lastPoll = Date.now();
    if (!url || !this.polling) { return Promise.resolve(0); }
    return this.fetchJson(url).then(function (page) {
      var shown = {};
      self.list.querySelectorAll('li.vm-item').forEach(function (li) { shown[li.getAttribute('data-id')] = true; });
      var fresh = page.items.filter(function (item) { return !shown[String(item.id)]; });
      self.offer(fresh, !!page.nextCursor);
      return fresh.length;
    }, function (e) {
      // An ended session or a failing server: stop asking; "load more" says what happened when used.
      self.polling = false;
      return 0;
    });
  };

  Stream.prototype.offer = function (fresh, more) {
    var self = this, t = this.t;
    var old = this.section.querySelector('.vm-fresh');
    if (old) { old.parentNode.removeChild(old); }
    if (!fresh.length) { return; }
    var box = el('div', 'vm-fresh');
    var button = el('button', 'aui-button vm-fresh-button',
      more ? format(t['vm.stream.fresh.many'], [fresh.length]) : countText(t, 'vm.stream.fresh', fresh.length));
    button.setAttribute('type', 'button');
    box.appendChild(button);
    this.section.insertBefore(box, this.list);
    button.addEventListener('click', function () {
      var first = null;
      fresh.slice().reverse().forEach(function (item) {
        var li = self.render(item);
        self.list.insertBefore(li, self.list.firstChild);
        first = li;
      });
      var empty = self.section.querySelector('.vm-stream-empty');
      if (empty) { empty.parentNode.removeChild(empty); }
      box.parentNode.removeChild(box);
      self.status.textContent = countText(t, 'vm.stream.fresh.added', fresh.length);
      // The button is gone: the keyboard continues at the first new entry.
      first.setAttribute('tabindex', '-1');
      first.focus();
    });
  };

  // The Person filter as a combobox (WAI-ARIA 1.2, list autocomplete): typing asks GET /people,
  // arrow keys move through the list, Enter or a click chooses, Escape closes. The field keeps a
  // user name, which actor= takes, so the form works without this script too.
  function wirePicker(input) {
    if (!input || input.getAttribute('data-wired')) { return; }
    input.setAttribute('data-wired', 'true');
    var listbox = document.getElementById(input.getAttribute('aria-controls'));
    var status = input.parentNode.querySelector('.vm-people-status');
    var url = input.getAttribute('data-people');
    var options = [], active = -1, timer = null, asked = 0;

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function activate(i) {
      active = i;
      options.forEach(function (o, j) { o.node.setAttribute('aria-selected', j === i ? 'true' : 'false'); });
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', options[i].node.id);
        options[i].node.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(i) {
      input.value = options[i].person.username;
      close();
      input.focus();
    }

    function show(people) {
      listbox.textContent = '';
      options = people.map(function (p, i) {
        var node = el('li', 'vm-people-option', format(input.getAttribute('data-option') || '{0} ({1})',
          [p.displayName, p.username]));
        node.id = listbox.id + '-' + i;
        node.setAttribute('role', 'option');
        node.setAttribute('aria-selected', 'false');
        // mousedown, not click: the field would lose focus (and close the list) before a click.
        node.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
        listbox.appendChild(node);
        return { node: node, person: p };
      });
      active = -1;
      if (options.length) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        status.textContent = options.length === 1 ? input.getAttribute('data-found-one')
          : format(input.getAttribute('data-found'), [options.length]);
      } else {
        close();
        status.textContent = input.getAttribute('data-none');
      }
    }

    function search() {
      var q = input.value.trim();
      var mine = ++asked;
      if (!q) { close(); status.textContent = ''; return; }
      fetch(url + '?limit=8&q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
        .then(function (body) { if (mine === asked) { show(body.people); } })
        .catch(function () { if (mine === asked) { close(); status.textContent = input.getAttribute('data-failed'); } });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 200);
    });
    input.addEventListener('keydown', function (e) {
      var open = !listbox.hidden && options.length > 0;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (open) { activate(active + 1 < options.length ? active + 1 : 0); } else { search(); }
      } else if (e.key === 'ArrowUp' && open) {
        e.preventDefault();
        activate(active > 0 ? active - 1 : options.length - 1);
      } else if (e.key === 'Enter' && open && active >= 0) {
        e.preventDefault();
        choose(active);
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () { window.setTimeout(close, 0); });
  }

  var streams = [];

  function wire(section) {
    if (section.vmStream) { return; }
    var stream = new Stream(section);
    section.vmStream = stream;
    streams.push(stream);
    stream.wireMore();
  }

  /** The timer's step: polls each stream whose last poll is a minute old, never while the tab is hidden. */
  function tick() {
    if (document.visibilityState === 'hidden') { return Promise.resolve([]); }
    var now = Date.now();
    return Promise.all(streams.filter(function (s) { return now - s.lastPoll >= POLL_MILLIS; })
      .map(function (s) { return s.poll(); }));
  }

  function init() {
    var sections = document.querySelectorAll('.vm-stream[data-rest]');
    for (var i = 0; i < sections.length; i++) { wire(sections[i]); }
    wirePicker(document.getElementById('vm-actor'));
  }

  // Polls only while someone can see the page: a hidden tab's timer ticks but asks nothing, and
  // coming back asks at once if a minute has passed.
  window.setInterval(tick, POLL_MILLIS);
  document.addEventListener('visibilitychange', tick);

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
  // link: the link rule, for scripts of the page that build links too.
  // tick and streams: for the browser tests, which cannot wait a minute per check.
  window.ValueMatrixStream = { init: init, link: linkHref, tick: tick, streams: streams, pollMillis: POLL_MILLIS };
}());
