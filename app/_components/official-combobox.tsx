"use client";
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { countLabel, SUGGESTION_FORMS } from "@/lib/format";
import type { OfficialSuggestion as Suggestion } from "@/lib/queries/official-suggest";

/** Pause after the last keystroke before asking: one request per word typed, not per letter. */
const DEBOUNCE_MS = 200;

const noSubscribe = () => () => {};

/**
 * The filter form's official field with suggestions from /api/officials/suggest, following the
 * WAI-ARIA editable combobox with list autocomplete (the input keeps focus; the active option is
 * pointed at by aria-activedescendant).
 *
 * Without JavaScript, and until hydration, it is the plain text input the form always had: its
 * value (a slug or a name as written) goes to the URL and lib/queries/filter-refs resolves it.
 * Choosing a suggestion shows the official's Arabic name and submits their slug in a hidden
 * field, so the URL stays the unambiguous one; editing the text drops the choice.
 */
export function OfficialCombobox({
  id,
  name,
  labelId,
  describedBy,
  className,
}: {
  id: string;
  name: string;
  labelId: string;
  describedBy?: string;
  className?: string;
}) {
  // False on the server and during hydration, true after: the combobox roles appear only once
  // the script that answers to them runs.
  const enhanced = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const [chosenSlug, setChosenSlug] = useState<string | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  const optionId = (i: number) => `${listId}-${i}`;

  function cancelPending() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    inFlight.current?.abort();
    inFlight.current = null;
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  async function load(q: string) {
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const res = await fetch(`/api/officials/suggest?q=${encodeURIComponent(q)}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      });
      if (!res.ok) throw new Error(`suggest: HTTP ${res.status}`);
      const body = (await res.json()) as { items: Suggestion[] };
      if (controller.signal.aborted) return;
      setItems(body.items);
      setActive(-1);
      setOpen(body.items.length > 0 && document.activeElement === inputRef.current);
      setStatus(countLabel(body.items.length, SUGGESTION_FORMS));
    } catch {
      // Aborted by a newer keystroke, or the route failed: the field still works as plain text.
      if (controller.signal.aborted) return;
      setItems([]);
      close();
      setStatus("");
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }

  function onInput(value: string) {
    setChosenSlug(null);
    cancelPending();
    const q = value.trim();
    if (!q) {
      setItems([]);
      close();
      setStatus("");
      return;
    }
    timer.current = setTimeout(() => void load(q), DEBOUNCE_MS);
  }

  function accept(s: Suggestion) {
    cancelPending();
    if (inputRef.current) inputRef.current.value = s.nameAr;
    setChosenSlug(s.slug);
    setItems([]);
    close();
    setStatus("");
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = items.length;
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (n === 0) return;
        e.preventDefault();
        const down = e.key === "ArrowDown";
        // Alt+Down opens the list without moving into it; Alt+Up closes it.
        if (e.altKey) {
          if (down) setOpen(true);
          else close();
          return;
        }
        setOpen(true);
        if (!open || active < 0) setActive(down ? 0 : n - 1);
        else setActive((active + (down ? 1 : n - 1)) % n);
        return;
      }
      case "Enter": {
        // With no active option, Enter submits the form as it always did.
        const s = open && active >= 0 ? items[active] : undefined;
        if (!s) return;
        e.preventDefault();
        accept(s);
        return;
      }
      case "Escape": {
        if (open) {
          e.preventDefault();
          close();
        } else if (e.currentTarget.value) {
          e.preventDefault();
          e.currentTarget.value = "";
          onInput("");
        }
        return;
      }
    }
  }

  const expanded = enhanced && open && items.length > 0;
  // One tree before and after hydration, so that the input (and anything typed into it already)
  // stays the same element; only its attributes change.
  return (
    <div className="relative">
      <input
        ref={inputRef}
        id={id}
        // Once a suggestion is chosen, the hidden field below carries its slug instead.
        name={chosenSlug ? undefined : name}
        role={enhanced ? "combobox" : undefined}
        aria-autocomplete={enhanced ? "list" : undefined}
        aria-expanded={enhanced ? expanded : undefined}
        aria-controls={enhanced ? listId : undefined}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy}
        className={className}
        onChange={(e) => onInput(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {chosenSlug && <input type="hidden" name={name} value={chosenSlug} />}
      {enhanced && (
        <ul
          id={listId}
          role="listbox"
          aria-labelledby={labelId}
          hidden={!expanded}
          className="absolute start-0 end-0 z-10 mt-1 overflow-hidden rounded border border-stone-300 bg-white shadow-md"
        >
          {items.map((s, i) => (
            <li
              key={s.slug}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 px-2 py-1 ${i === active ? "bg-accent text-white" : "hover:bg-stone-100"}`}
              // Keeps focus (and the open list) in the input while the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => accept(s)}
            >
              <span>{s.nameAr}</span>
              {s.nameEn && (
                <span lang="en" dir="ltr" className={`text-sm ${i === active ? "text-white" : "text-muted"}`}>
                  {s.nameEn}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {enhanced && (
        <p role="status" className="sr-only">
          {status}
        </p>
      )}
    </div>
  );
}
