// Underdog's one script. The pages work without it; it adds the buyer's reply as it is written, and jumps
// from a score's evidence to the turn behind it.
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute("content") : "";
}

function addLine(list, who, text, mine) {
  const item = document.createElement("li");
  item.className = "turn " + (mine ? "rep" : "buyer");
  const speaker = document.createElement("span");
  speaker.className = "speaker";
  speaker.textContent = who;
  const body = document.createElement("span");
  body.className = "text";
  body.textContent = text;
  item.append(speaker, " ", body);
  list.append(item);
  return body;
}

// Reads Server-Sent Events from a fetch response, calling onEvent(name, data) for each.
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message";
      const data = [];
      for (const line of frame.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      if (data.length) onEvent(name, data.join("\n"));
    }
  }
}

function streamTurns(form) {
  const list = document.getElementById("transcript");
  const input = form.querySelector("textarea");
  const button = form.querySelector("button[type=submit]");
  const buyer = (list.querySelector(".turn.buyer .speaker") || {}).textContent || "Buyer";
  form.addEventListener("submit", async (event) => {
    const text = input.value.trim();
    if (!text || !window.fetch || !window.TextDecoder) return;
    event.preventDefault();
    button.disabled = true;
    addLine(list, "You", text, true);
    const reply = addLine(list, buyer, "…", false);
    input.value = "";
    let ended = false;
    try {
      const response = await fetch(form.dataset.stream, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken(), "Accept": "text/event-stream" },
        body: JSON.stringify({ text }),
        credentials: "same-origin",
      });
      if (!response.ok || !response.body) throw new Error("status " + response.status);
      let written = "";
      await readEvents(response, (name, data) => {
        const payload = JSON.parse(data);
        if (name === "delta") { written += payload.text; reply.textContent = written; }
        if (name === "turn" && payload.outcome && payload.outcome !== "continuing") ended = true;
        if (name === "error") throw new Error(payload.error ? payload.error.message : "error");
      });
    } catch (error) {
      // Fall back to the plain form: the server answers it the same way.
      input.value = text;
      reply.parentElement.remove();
      list.lastElementChild && list.lastElementChild.classList.contains("rep") && list.lastElementChild.remove();
      form.submit();
      return;
    } finally {
      button.disabled = false;
    }
    if (ended) { window.location.reload(); return; }
    input.focus();
  });
}

function evidenceLinks() {
  document.querySelectorAll("a.chip[data-turn]").forEach((chip) => {
    chip.addEventListener("click", (event) => {
      const turn = document.getElementById(chip.dataset.turn);
      if (!turn) return;
      event.preventDefault();
      document.querySelectorAll(".turn.highlight").forEach((other) => other.classList.remove("highlight"));
      turn.classList.add("highlight");
      turn.scrollIntoView({ behavior: "smooth", block: "center" });
      turn.focus({ preventScroll: true });
      history.replaceState(null, "", "#" + chip.dataset.turn);
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("say");
  if (form && form.dataset.stream) streamTurns(form);
  evidenceLinks();
  const transcript = document.getElementById("transcript");
  if (transcript && form) transcript.lastElementChild && transcript.lastElementChild.scrollIntoView({ block: "end" });
});
