#!/usr/bin/env python3
"""Writes N generated customers as the import's CSV (template columns) and NDJSON, the same rows in both.
   import-data.py N DIR [PREFIX]  ->  DIR/customers.csv, DIR/customers.ndjson"""
import json
import sys

n, out = int(sys.argv[1]), sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else "BI"
cities = ["MUMBAI", "PUNE", "NAGPUR", "AHMEDABAD", "SURAT", "BENGALURU", "CHENNAI", "HYDERABAD", "KOLKATA", "LUCKNOW"]
words = ["Sharma", "Patel", "Reddy", "Iyer", "Gupta", "Khan", "Das", "Nair", "Mehta", "Joshi", "Rao", "Singh"]
kinds = ["Traders", "Wholesale", "Distributors", "Agencies", "Enterprises", "Stores"]
types = ["CUSTOMER", "DEALER", "DISTRIBUTOR", "AGENT"]
columns = ["code", "name", "type", "debtorAccountGroups", "address.line1", "address.city", "address.pinCode",
           "address.phone1", "email", "creditLimit", "creditActionOnOrder", "contacts"]


def customer(i):
    c = {"code": "%s%07d" % (prefix, i),
         "name": "%s %s %s %d" % (words[i % 12], words[(i // 12) % 12], kinds[i % 6], i),
         "type": types[i % 4],
         "debtorAccountGroups": ["DOM"] if i % 7 else ["DOM", "EXP"],
         "address": {"line1": "%d Market Road" % (i % 500 + 1), "city": cities[i % 10],
                     "pinCode": "%06d" % (400000 + i % 99999), "phone1": "+91 98%08d" % i},
         "email": "accounts%d@example.in" % i,
         "creditLimit": "%d.%02d" % (i % 100000 * 10, i % 100),
         "creditActionOnOrder": "WARN" if i % 3 else "STOP"}
    if i % 5 == 0:
        c["contacts"] = [{"name": "Contact %d" % i, "email": "buyer%d@example.in" % i, "mobile": "98%08d" % i}]
    return c


def cell(value):
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    return '"' + text.replace('"', '""') + '"' if any(ch in text for ch in ',"\n') else text


with open(out + "/customers.csv", "w", encoding="utf-8") as csv, \
        open(out + "/customers.ndjson", "w", encoding="utf-8") as ndjson:
    csv.write(",".join(columns) + "\n")
    for i in range(1, n + 1):
        c = customer(i)
        a = c["address"]
        row = [c["code"], c["name"], c["type"], "|".join(c["debtorAccountGroups"]), a["line1"], a["city"],
               a["pinCode"], a["phone1"], c["email"], c["creditLimit"], c["creditActionOnOrder"],
               json.dumps(c["contacts"], separators=(",", ":")) if "contacts" in c else ""]
        csv.write(",".join(cell(v) for v in row) + "\n")
        ndjson.write(json.dumps(c, separators=(",", ":")) + "\n")
