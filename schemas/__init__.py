"""schemas stage of dangan: the data contract every other stage speaks.

``labels`` (canonical Chinese labels), ``vocab`` (vocabularies, 致困原因 across wordings),
``validators`` (身份证号, 银行卡号, 手机号码), ``normalise`` (money, dates, yes/no as written),
``models`` (pydantic models by Chinese label), ``rules`` (rule sets from ``rulesets/*.toml``,
working days).
"""
