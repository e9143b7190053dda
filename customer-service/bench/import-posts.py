#!/usr/bin/env python3
"""One POST /api/v1/customers per customer, one keep-alive client: the rate the import is compared with.
   import-posts.py NDJSON COUNT BASE-URL TOKEN  ->  key=value lines"""
import http.client
import sys
import time
import urllib.parse

path, count, base, token = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
url = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(url.hostname, url.port)
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
created = failed = 0
start = time.time()
with open(path, encoding="utf-8") as customers:
    for i, line in enumerate(customers):
        if i == count:
            break
        connection.request("POST", "/api/v1/customers", body=line.encode("utf-8"), headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status == 201:
            created += 1
        else:
            failed += 1
seconds = time.time() - start
print("created=%d\nfailed=%d\nseconds=%.2f\nrows_per_second=%.1f" % (created, failed, seconds, created / seconds))
