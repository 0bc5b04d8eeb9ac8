# rule: processing a JSON document into a formatted report (loads, sorting, aggregation, dumps of the summary)
import json
raw = """
[
  {"name": "Ada",   "dept": "eng",   "salary": 120000, "skills": ["python", "math"]},
  {"name": "Grace", "dept": "eng",   "salary": 135000, "skills": ["cobol", "compilers"]},
  {"name": "Linus", "dept": "ops",   "salary": 99000,  "skills": ["c"]},
  {"name": "Barb",  "dept": "sales", "salary": 87000.5, "skills": []}
]
"""
people = json.loads(raw)
by_dept = {}
for p in people:
    by_dept.setdefault(p["dept"], []).append(p)
for dept in sorted(by_dept):
    staff = by_dept[dept]
    avg = sum(p["salary"] for p in staff) / len(staff)
    print(f"{dept:<6} {len(staff)} staff, average {avg:>10,.2f}: {', '.join(p['name'] for p in staff)}")
summary = {d: {"count": len(s), "skills": sorted({k for p in s for k in p["skills"]})} for d, s in by_dept.items()}
print(json.dumps(summary, indent=2, sort_keys=True))
