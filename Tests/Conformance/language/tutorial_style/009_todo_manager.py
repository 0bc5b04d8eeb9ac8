# rule: a to-do list manager with list methods, dict records, filtering, sorting and string formatting
PRIORITIES = {"high": 0, "medium": 1, "low": 2}


class TodoList:
    def __init__(self):
        self.tasks = []
        self.next_id = 1

    def add(self, title, priority="medium", tags=()):
        if priority not in PRIORITIES:
            raise ValueError(f"unknown priority {priority!r}; choose from {', '.join(PRIORITIES)}")
        task = {"id": self.next_id, "title": title, "priority": priority, "done": False, "tags": list(tags)}
        self.tasks.append(task)
        self.next_id += 1
        return task["id"]

    def complete(self, task_id):
        for task in self.tasks:
            if task["id"] == task_id:
                task["done"] = True
                return task
        raise KeyError(task_id)

    def pending(self):
        return sorted((t for t in self.tasks if not t["done"]),
                      key=lambda t: (PRIORITIES[t["priority"]], t["title"].lower()))

    def by_tag(self):
        index = {}
        for t in self.tasks:
            for tag in t["tags"]:
                index.setdefault(tag, []).append(t["id"])
        return index

    def __len__(self):
        return len(self.tasks)

    def __contains__(self, title):
        return any(t["title"] == title for t in self.tasks)


todo = TodoList()
todo.add("Write report", "high", ["work"])
todo.add("buy milk", "low", ["home", "shop"])
todo.add("Call plumber", tags=["home"])
todo.add("Review PR", "high", ["work", "code"])
todo.add("answer mail")
todo.complete(4)
try:
    todo.add("nap", "urgent")
except ValueError as e:
    print(e)
try:
    todo.complete(42)
except KeyError as e:
    print("no task", e, repr(e))
for t in todo.pending():
    mark = "x" if t["done"] else " "
    tags = " ".join(f"#{x}" for x in t["tags"]) or "-"
    print(f"[{mark}] {t['id']:>2} {t['title']:<14} {t['priority']:<6} {tags}")
print(len(todo), "tasks;", sum(t["done"] for t in todo.tasks), "done")
print("buy milk" in todo, "sleep" in todo)
print(dict(sorted(todo.by_tag().items())))
done_titles = [t["title"] for t in todo.tasks if t["done"]]
print("done:", done_titles, "| removed:", todo.tasks.pop(1)["title"], "| left:", len(todo))
titles = [t["title"] for t in todo.tasks]
titles.sort(key=str.lower)
print(titles, titles.index("Review PR"))
titles.reverse()
print(titles[::2], titles[-1], titles.count("answer mail"))
