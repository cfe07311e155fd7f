/* Customer-facing spaces: the creation form posts to POST /spaces; the tool page previews a change of
   stage (permission diff and checks), then confirms it with a reason; links a project to the space the
   same way (the grants it needs, then the link), and unlinks one with a reason. Texts come from the page (the
   bundle) and server answers; everything is set as text, nothing is built as HTML. */
(function () {
  'use strict';

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

  function clearErrors(form) {
    form.querySelectorAll('.error[data-field]').forEach(function (e) { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
  }

  function showErrors(form, json, status, t) {
    var errors = (json && json.errors) || {};
    var shown = false;
    Object.keys(errors).forEach(function (field) {
      var box = form.querySelector('.error[data-field="' + field + '"]');
      if (box) {
        box.textContent = errors[field];
        var input = form.querySelector('[name="' + field + '"]');
        if (input) { input.setAttribute('aria-invalid', 'true'); }
        shown = true;
      }
    });
    var messages = (json && json.errorMessages) || [];
    status.textContent = messages.length ? messages.join(' ') : (shown ? '' : t.failed);
  }

  function list(value) {
    return value.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s.length; });
  }

  function create(root, t) {
    var form = document.getElementById('vm-create-form');
    if (!form) { return; }
    var status = document.getElementById('vm-create-status');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearErrors(form);
      status.textContent = '';
      var checked = form.querySelector('input[name="template"]:checked');
      var body = {
        template: checked ? checked.value : null,
        key: form.elements.key.value.trim(),
        name: form.elements.name.value,
        team: form.elements.team.value,
        internalGroup: form.elements.internalGroup.value.trim(),
        moderators: list(form.elements.moderators.value),
        externalGroups: list(form.elements.externalGroups.value),
        expiresOn: form.elements.expiresOn.value || null
      };
      request('POST', root.getAttribute('data-rest') + '/spaces', body).then(function (r) {
        if (r.status === 201) {
          window.location.assign(root.getAttribute('data-page') + '?key=' + encodeURIComponent(r.json.key));
        } else {
          showErrors(form, r.json, status, t);
        }
      }, function () { status.textContent = t.failed; });
    });
  }

  function grantText(g, t) {
    var who = g.subject === 'group' ? t.grantGroup : g.subject === 'user' ? t.grantUser
      : g.subject === 'anonymous' ? t.grantAnonymous : t.grantAuthenticated;
    return g.permission + ' · ' + who.replace('{0}', g.name === null ? '' : g.name);
  }

  function fillList(ul, items, text, t) {
    ul.textContent = '';
    if (!items.length) {
      var none = document.createElement('li');
      none.textContent = t.none;
      ul.appendChild(none);
    }
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = text(item);
      ul.appendChild(li);
    });
  }

  function findingText(f, t) {
    return (f.level === 'refused' ? t.refused : f.level === 'warning' ? t.warning : t.passed) + ' ' + f.message;
  }

  /* A change the server previews before it is confirmed: a stage change or a project link. The preview's
     own lists are the caller's (fill); a refusing check keeps the change from being confirmed, and an edit of
     what the preview depends on (invalidating) asks for a new preview first. */
  function previewThenConfirm(flow, t) {
    var form = flow.form;
    var status = flow.status;
    var confirm = flow.confirm;
    form.querySelectorAll(flow.invalidating).forEach(function (input) {
      input.addEventListener('change', function () { confirm.disabled = true; });
    });
    flow.preview.addEventListener('click', function () {
      clearErrors(form);
      status.textContent = '';
      request('POST', flow.url, flow.body(false)).then(function (r) {
        if (r.status !== 200) {
          showErrors(form, r.json, status, t);
          return;
        }
        flow.fill(r.json);
        fillList(flow.findings, r.json.findings, function (f) { return findingText(f, t); }, t);
        flow.result.hidden = false;
        confirm.disabled = r.json.findings.some(function (f) { return f.level === 'refused'; });
      }, function () { status.textContent = t.failed; });
    });
    confirm.addEventListener('click', function () {
      clearErrors(form);
      request('POST', flow.url, flow.body(true)).then(function (r) {
        if (r.status === 200) {
          status.textContent = t.changed;
          window.location.reload();
        } else {
          showErrors(form, r.json, status, t);
        }
      }, function () { status.textContent = t.failed; });
    });
  }

  function tool(root, t) {
    var form = document.getElementById('vm-stage-form');
    if (!form) { return; }
    var grant = function (g) { return grantText(g, t); };
    previewThenConfirm({
      form: form,
      status: document.getElementById('vm-stage-status'),
      preview: document.getElementById('vm-preview'),
      confirm: document.getElementById('vm-confirm'),
      result: document.getElementById('vm-preview-result'),
      findings: document.getElementById('vm-findings'),
      url: root.getAttribute('data-rest') + '/spaces/' + encodeURIComponent(form.getAttribute('data-key')) + '/stage',
      body: function (confirmed) {
        var checked = form.querySelector('input[name="stage"]:checked');
        var b = { stage: checked ? checked.value : null, reason: form.elements.reason.value, confirm: confirmed };
        if (form.elements.expiresOn.value) { b.expiresOn = form.elements.expiresOn.value; }
        return b;
      },
      // A new stage or date needs a new preview; the reason does not change what the preview showed.
      invalidating: 'input[name="stage"], input[name="expiresOn"]',
      fill: function (json) {
        fillList(document.getElementById('vm-diff-added'), json.diff.added, grant, t);
        fillList(document.getElementById('vm-diff-removed'), json.diff.removed, grant, t);
      }
    }, t);
  }

  function projectGrantText(g, t) {
    return g.permission + ' · ' + t.linkGrant.replace('{0}', g.group);
  }

  function links(root, t) {
    var form = document.getElementById('vm-link-form');
    var unlinkForm = document.getElementById('vm-unlink-form');
    var base = root.getAttribute('data-rest') + '/spaces/';
    if (form) {
      var grant = function (g) { return projectGrantText(g, t); };
      previewThenConfirm({
        form: form,
        status: document.getElementById('vm-link-status'),
        preview: document.getElementById('vm-link-preview'),
        confirm: document.getElementById('vm-link-confirm'),
        result: document.getElementById('vm-link-result'),
        findings: document.getElementById('vm-link-findings'),
        url: base + encodeURIComponent(form.getAttribute('data-key')) + '/projects',
        body: function (confirmed) {
          return { project: form.elements.project.value, reason: form.elements.reason.value,
            grant: form.elements.grant.checked, confirm: confirmed };
        },
        invalidating: 'select, input',
        fill: function (json) {
          fillList(document.getElementById('vm-link-added'), json.grants.added, grant, t);
          fillList(document.getElementById('vm-link-held'), json.grants.held, grant, t);
        }
      }, t);
    }
    if (unlinkForm) {
      var unlinkStatus = document.getElementById('vm-unlink-status');
      document.getElementById('vm-unlink').addEventListener('click', function () {
        clearErrors(unlinkForm);
        unlinkStatus.textContent = '';
        var project = unlinkForm.elements.project.value;
        request('DELETE', base + encodeURIComponent(unlinkForm.getAttribute('data-key')) + '/projects/'
          + encodeURIComponent(project), { reason: unlinkForm.elements.reason.value }).then(function (r) {
          if (r.status === 200) {
            unlinkStatus.textContent = t.unlinked;
            window.location.reload();
          } else {
            showErrors(unlinkForm, r.json, unlinkStatus, t);
          }
        }, function () { unlinkStatus.textContent = t.failed; });
      });
    }
  }

  function start() {
    var root = document.querySelector('.vm-spaces');
    var texts = document.getElementById('vm-spaces-texts');
    if (!root || !texts) { return; }
    create(root, texts.dataset);
    tool(root, texts.dataset);
    links(root, texts.dataset);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
