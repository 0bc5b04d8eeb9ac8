# rule: float accumulation in loops prints with repr and fixed formats, as a savings report would
balance = 1000.0
rate = 0.035
for year in range(1, 11):
    interest = balance * rate
    balance += interest
    print(f"year {year:2}: interest {interest:8.2f}  balance {balance:10.2f}  raw {balance!r}")
deposits = [100.10, 200.20, 300.30]
print(sum(deposits), round(sum(deposits), 2), f"{sum(deposits):.2f}", sum(deposits) == 600.6)
cents = sum(round(d * 100) for d in deposits)
print(cents, divmod(cents, 100), "%d.%02d" % divmod(cents, 100))
monthly = 1200 / 12
print(monthly, 1200 // 12, 1000 * (1 + rate) ** 10)
