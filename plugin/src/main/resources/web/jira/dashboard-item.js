/*
 * Value Matrix dashboard item for Jira: loads the stream block rendered (and HTML-escaped) by the
 * server for the viewer, then lets activity.js wire "load more" on it.
 */
define('value-matrix/activity-dashboard-item', ['jquery'], function ($) {
  'use strict';

  function DashboardItem(API) {
    this.API = API;
  }

  DashboardItem.prototype.render = function (element, preferences) {
    var api = this.API;
    var $el = $(element);
    var failed = AJS.I18n.getText('vm.atlassian.jira.dashboard.failed');
    if (api && api.showLoadingBar) { api.showLoadingBar(); }
    $.ajax({
      url: AJS.contextPath() + '/plugins/servlet/value-matrix/stream-fragment',
      data: { mode: 'compact' },
      dataType: 'html',
      cache: false
    }).done(function (html) {
      $el.html(html);
      if (window.ValueMatrixStream) { window.ValueMatrixStream.init(); }
    }).fail(function () {
      $el.empty().append($('<p class="vm-stream-status" role="status"></p>').text(failed));
    }).always(function () {
      if (api && api.hideLoadingBar) { api.hideLoadingBar(); }
      if (api && api.resize) { api.resize(); }
    });
  };

  return DashboardItem;
});
