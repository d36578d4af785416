// Officer console: live queue (Server-Sent Events) and one-click copy. No external code.
"use strict";

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try { document.execCommand("copy"); } finally { area.remove(); }
  return Promise.resolve();
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button.copy");
  if (!button) return;
  copyText(button.dataset.copy).then(() => {
    button.classList.add("done");
    button.textContent = "已复制";
    setTimeout(() => { button.classList.remove("done"); button.textContent = "复制"; }, 1500);
  });
});

function liveQueue() {
  const list = document.getElementById("cases");
  if (!list || !window.EventSource) return;
  const live = document.getElementById("live");
  const news = document.getElementById("news");
  let pending = null;

  async function refresh(opened) {
    const response = await fetch(list.dataset.rows, { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (!response.ok) return;
    const before = new Set([...list.querySelectorAll("li.case")].map((li) => li.dataset.id));
    list.innerHTML = await response.text();  // server-rendered and escaped
    for (const li of list.querySelectorAll("li.case")) {
      if (!before.has(li.dataset.id)) li.classList.add("fresh");
    }
    if (opened.length) {
      news.textContent = "新案件：" + opened.map((n) => "#" + n).join("、");
      news.hidden = false;
    }
  }

  const source = new EventSource("/console/events");
  source.addEventListener("hello", () => { live.classList.add("on"); document.body.dataset.live = "1"; });
  source.addEventListener("error", () => { live.classList.remove("on"); });
  let opened = [];
  source.addEventListener("case", (event) => {
    const data = JSON.parse(event.data);
    if (data.event === "opened") opened.push(data.case);
    clearTimeout(pending);  // a burst of events makes one refresh
    pending = setTimeout(() => { const o = opened; opened = []; refresh(o); }, 300);
  });
}

document.addEventListener("DOMContentLoaded", liveQueue);
