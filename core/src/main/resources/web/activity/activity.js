/*
 * Value Matrix activity stream. "Load more" and "N new entries" add entries the server rendered
 * and escaped exactly as the first page's (the stream-fragment servlet, data-fragment); what this
 * script builds itself it builds with DOM APIs and textContent only.
 */
(function () {
  'use strict';

  function format(pattern, args) {
    return String(pattern || '').replace(/\{(\d+)\}/g, function (m, i) { return args[+i] === undefined ? m : args[+i]; });
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

  // A bundle pattern filled with nodes: languages order the parts their own way; its words are text.
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

  function isEntry(node) {
    return !!(node.classList && node.classList.contains('vm-item'));
  }

  function entries(nodes) {
    return nodes.filter(isEntry);
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

  // One page of this block as the server renders it: its entries and day headings, and the next cursor.
  Stream.prototype.fetchPage = function (url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (r) {
        if (r.status === 401) { var e = new Error('session'); e.session = true; throw e; }
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.text();
      })
      .then(function (html) {
        var loaded = new DOMParser().parseFromString(html, 'text/html').querySelector('.vm-stream');
        if (!loaded) { throw new Error('no stream'); }
        var nodes = Array.prototype.slice.call(loaded.querySelectorAll('.vm-stream-items > li'))
          .map(function (li) { return document.importNode(li, true); });
        return { nodes: nodes, nextCursor: loaded.getAttribute('data-cursor') || '' };
      });
  };

  // The fragment's address with the given parameters set (cursor, since, limit).
  Stream.prototype.fragmentUrl = function (params) {
    var url = new URL(this.section.getAttribute('data-fragment'), window.location.href);
    Object.keys(params).forEach(function (k) { url.searchParams.set(k, params[k]); });
    return url.toString();
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
      self.fetchPage(self.fragmentUrl({ cursor: cursor }))
        .then(function (page) {
          append(self.list, page.nodes);
          section.setAttribute('data-cursor', page.nextCursor);
          var added = countText(t, 'vm.stream.added', entries(page.nodes).length);
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
      // A rolled-up entry stands for each of its edits (data-ids).
      self.list.querySelectorAll('li.vm-item').forEach(function (li) {
        (li.getAttribute('data-ids') || li.getAttribute('data-id')).split(' ').forEach(function (id) { shown[id] = true; });
      });
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
      if (button.hasAttribute('aria-busy')) { return; }
      button.setAttribute('aria-busy', 'true');
      self.fetchPage(self.freshFragmentUrl()).then(function (page) {
        box.parentNode.removeChild(box);
        var added = self.prepend(page.nodes);
        var empty = self.section.querySelector('.vm-stream-empty');
        if (empty && added.length) { empty.parentNode.removeChild(empty); }
        self.status.textContent = countText(t, 'vm.stream.fresh.added', added.length);
        // The button is gone: the keyboard continues at the first new entry, or at the news.
        var first = added.length ? added[0] : self.status;
        first.setAttribute('tabindex', '-1');
        first.focus();
      }, function (e) {
        box.parentNode.removeChild(box);
        if (e.session) { sessionEnded(self.status, t); } else { self.status.textContent = t['vm.stream.failed']; }
        self.status.setAttribute('tabindex', '-1');
        self.status.focus();
      });
    });
  };

  // The newer entries as the server renders them: the same filters, from the newest shown on.
  Stream.prototype.freshFragmentUrl = function () {
    var rest = new URL(this.freshUrl(), window.location.href);
    return this.fragmentUrl({ since: rest.searchParams.get('since'), limit: rest.searchParams.get('limit') });
  };

  // Puts newer entries above the shown ones: those already shown are left out, a heading keeps
  // only entries under it, and the day shown first is not headed twice. @return the entries added
  Stream.prototype.prepend = function (nodes) {
    var shown = {};
    entries(Array.prototype.slice.call(this.list.children)).forEach(function (li) {
      (li.getAttribute('data-ids') || li.getAttribute('data-id')).split(' ').forEach(function (id) { shown[id] = true; });
    });
    var fresh = nodes.filter(function (node) {
      return !isEntry(node) || !(node.getAttribute('data-ids') || node.getAttribute('data-id')).split(' ')
        .every(function (id) { return shown[id]; });
    }).filter(function (node, i, all) { return isEntry(node) || (i + 1 < all.length && isEntry(all[i + 1])); });
    var lastDay = null;
    fresh.forEach(function (node) { if (node.getAttribute('data-day')) { lastDay = node.getAttribute('data-day'); } });
    var top = this.list.firstElementChild;
    if (top && lastDay !== null && top.getAttribute('data-day') === lastDay) { this.list.removeChild(top); }
    var before = this.list.firstChild, list = this.list;
    fresh.forEach(function (node) { list.insertBefore(node, before); });
    return entries(fresh);
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
