#!/usr/bin/env python3
"""Writes a deterministic Seller Center order export (OrderSKUList layout) with N rows, for the import benchmark."""
import random
import sys

rows = int(sys.argv[1])
out = sys.argv[2]
rng = random.Random(20261204)
header = ["Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "SKU ID", "Seller SKU",
          "Product Name", "Variation", "Quantity", "Sku Quantity of return", "SKU Unit Original Price",
          "SKU Subtotal After Discount", "Order Amount", "Order Refund Amount", "Created Time", "Paid Time",
          "RTS Time", "Shipped Time", "Delivered Time", "Cancelled Time", "Cancel By", "Cancel Reason",
          "Fulfillment Type", "Tracking ID", "Delivery Option", "Shipping Provider Name", "Country", "Zipcode"]
products = [("Ceramic mug", "Black"), ("Ceramic mug", "White"), ("Phone case, clear", "iPhone 15"),
            ("Yoga mat", "Purple / 6mm"), ("LED strip \"5m\"", "RGB"), ("Water bottle", "750 ml")]
statuses = ["Completed", "Delivered", "Shipped", "To ship", "Cancelled"]
def stamp(t):
    # DD/MM/YYYY HH:MM:SS local time; t = seconds since 2026-01-01 00:00.
    days, rest = divmod(t, 86400)
    month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while days >= month_days[m]:
        days -= month_days[m]
        m = (m + 1) % 12
    return "%02d/%02d/2026 %02d:%02d:%02d" % (days + 1, m + 1, rest // 3600, rest // 60 % 60, rest % 60)
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write(",".join(header) + "\r\n")
    written = 0
    order = 577301234500000000
    while written < rows:
        order += rng.randint(1, 9)
        lines = min(rows - written, rng.choice([1, 1, 1, 2, 2, 3]))
        status = rng.choice(statuses)
        created = rng.randint(0, 300 * 86400)
        paid = created + rng.randint(10, 600)
        rts = paid + rng.randint(3600, 72 * 3600) if status != "To ship" and status != "Cancelled" else None
        shipped = rts + rng.randint(600, 86400) if rts else None
        delivered = shipped + rng.randint(2, 9) * 86400 if shipped and status in ("Completed", "Delivered") else None
        cancelled = paid + 3600 if status == "Cancelled" else None
        skus = rng.sample(range(len(products)), lines)
        amount = 0
        cells = []
        for s in skus:
            qty = rng.randint(1, 3)
            price = 999 + s * 250
            amount += qty * price
            name, variant = products[s]
            cells.append((s, qty, price, name, variant))
        tracking = "TT%012dVN" % (order % 10**12) if shipped else ""
        for s, qty, price, name, variant in cells:
            row = [str(order) + "\t", status, "", "Return/Refund" if status == "Completed" and rng.random() < 0.02 else "",
                   "17290000000000%05d" % s, "SKU-%d" % s, name, variant, str(qty), "",
                   "%d.%02d" % divmod(price, 100), "%d.%02d" % divmod(qty * price, 100),
                   "%d.%02d" % divmod(amount, 100), "", stamp(created) + "\t", stamp(paid),
                   stamp(rts) if rts else "", stamp(shipped) if shipped else "",
                   stamp(delivered) if delivered else "", stamp(cancelled) if cancelled else "",
                   "Buyer" if cancelled else "", "Changed my mind" if cancelled else "",
                   "Fulfillment by seller", tracking, "Standard", "J&T Express" if shipped else "", "Vietnam", "70000"]
            f.write(",".join('"%s"' % c.replace('"', '""') if ("," in c or '"' in c) else c for c in row) + "\r\n")
            written += 1
