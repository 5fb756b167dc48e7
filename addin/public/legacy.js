// Runs before anything else, in every webview (ES5, no modules): Internet Explorer and EdgeHTML (Office 2016/2019 volume
// editions) cannot run the panes, so they get this page instead of a blank pane. The panes need WebView2 (Chromium).
(function () {
  var ua = navigator.userAgent;
  var old = /Trident\/|MSIE /.test(ua) || /Edge\/\d/.test(ua);
  if (!old) return;
  document.documentElement.className += " legacy";
  var show = function () {
    var app = document.getElementById("app");
    if (!app) return;
    app.innerHTML =
      '<h1>この Office では OfficeDx を使えません</h1>' +
      '<div class="legacy-message" role="alert">' +
      '<p>OfficeDx の作業ウィンドウは、Microsoft 365 の Office、または Office LTSC 2021 以降（Office 2021 / 2024）で、' +
      'Microsoft Edge WebView2 が入っている PC で動きます。</p>' +
      '<p>お使いの Office は古い表示部品（Internet Explorer または旧 Edge）で作業ウィンドウを開いています。' +
      '情報政策担当に、Office の更新か WebView2 ランタイムの導入を依頼してください。</p>' +
      '<p>それまでは、OfficeDx のコマンド（officedx）や Web 版の Word・Excel を使えます。</p>' +
      '</div>';
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
