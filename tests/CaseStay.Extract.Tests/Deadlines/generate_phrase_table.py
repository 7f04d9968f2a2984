# Generates the deadline phrase table: expected dates from an independent Python computation of Rule 6(a)
# with its own federal (5 U.S.C. 6103) and California (Gov. Code 6700 + day after Thanksgiving) holiday lists.
import datetime as dt, calendar
D=dt.date
def nth(y,m,wd,n):
    d=D(y,m,1); off=(wd-d.weekday())%7; return d+dt.timedelta(days=off+7*(n-1))
def last(y,m,wd):
    d=D(y,m,calendar.monthrange(y,m)[1]); return d-dt.timedelta(days=(d.weekday()-wd)%7)
def obs(d):
    return d-dt.timedelta(1) if d.weekday()==5 else d+dt.timedelta(1) if d.weekday()==6 else d
def federal(y):
    s={obs(D(y,1,1)),nth(y,1,0,3),nth(y,2,0,3),last(y,5,0),obs(D(y,7,4)),nth(y,9,0,1),nth(y,10,0,2),obs(D(y,11,11)),nth(y,11,3,4),obs(D(y,12,25))}
    if y>=2021: s.add(obs(D(y,6,19)))
    return s
def california(y):
    s=set()
    for m,d in [(1,1),(2,12),(3,31),(7,4),(9,9),(11,11),(12,25)]:
        x=D(y,m,d); s.add(x)
        if x.weekday()==6: s.add(x+dt.timedelta(1))
    t=nth(y,11,3,4)
    s|={nth(y,1,0,3),nth(y,2,0,3),last(y,5,0),nth(y,9,0,1),nth(y,9,4,4),nth(y,10,0,2),t,t+dt.timedelta(1)}
    return s
def hol(d,ca=True):
    return d in federal(d.year) or d in federal(d.year+1) or (ca and d in california(d.year))
def closed(d,ca=True): return d.weekday()>=5 or hol(d,ca)
def roll(d,step,ca=True):
    while closed(d,ca): d+=dt.timedelta(step)
    return d
def addmonths(d,n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    return D(y,m,min(d.day,calendar.monthrange(y,m)[1]))
def count(anchor,n,unit,step,ca=True):
    if unit=='court':
        d=anchor; c=0
        while c<n:
            d+=dt.timedelta(step)
            if not closed(d,ca): c+=1
        return d
    if unit=='days': u=anchor+dt.timedelta(step*n)
    elif unit=='weeks': u=anchor+dt.timedelta(step*7*n)
    elif unit=='months': u=addmonths(anchor,step*n)
    elif unit=='years': u=addmonths(anchor,step*12*n)
    elif unit=='hours': u=anchor+dt.timedelta(days=(n//24)*step) if step>0 else anchor-dt.timedelta(days=-(-n//24))
    return roll(u,step,ca)
W={1:'one',2:'two',3:'three',5:'five',7:'seven',10:'ten',14:'fourteen',21:'twenty-one',28:'twenty-eight',30:'thirty',45:'forty-five',60:'sixty',90:'ninety',120:'one hundred twenty'}
def longd(d): return f"{d.strftime('%B')} {d.day}, {d.year}"
dates=[D(2025,1,29),D(2025,2,3),D(2024,11,22),D(2024,12,20),D(2025,5,20),D(2023,6,9),D(2022,12,23),D(2026,3,17),D(2021,6,1),D(2030,8,30),D(2025,10,31),D(2024,2,29),D(2019,11,1),D(2027,1,8)]
rows=[]
def row(text,order,due,frag,anchor,warn=None,fed=None):
    rows.append((text,order,due,frag,anchor,warn))
# 1 within N days: words+digits, digits, words
for i,o in enumerate(dates):
    n=[14,45,30,21,60,90,7,10,28,120,5,3,45,14][i]
    form=[f"{W.get(n,str(n))} ({n})",str(n),W.get(n,str(n))][i%3]
    row(f"The parties shall file a joint status report within {form} days.",o,count(o,n,'days',1),"measured from the order's dated line","order-date")
# 2 calendar days
for o in dates[:8]:
    row(f"Defendant shall answer the complaint within thirty (30) calendar days of the date of this order.",o,count(o,30,'days',1),"30 days after","order-date")
# 3 court days / business days
for i,o in enumerate(dates[:10]):
    q=['court','business','judicial','court','working'][i%5]
    n=[14,10,5,3,14,7,10,21,2,5][i]
    row(f"Plaintiff shall file a reply within {n} {q} days of this order.",o,count(o,n,'court',1),"counting only days that are not a Saturday, Sunday or legal holiday","order-date")
# 4 weeks months years
for o in dates[:6]:
    row("Counsel for Defendant shall meet and confer within two (2) weeks of the date of this order.",o,count(o,2,'weeks',1),"14 days after","order-date")
for o in dates:
    row("Petitioner shall file a status report within three (3) months of the date of this order.",o,count(o,3,'months',1),"3 months after","order-date")
for o in dates[:5]:
    row("The parties shall complete mediation within one (1) year of this order.",o,count(o,1,'years',1),"1 year after","order-date")
# 5 hours
for i,o in enumerate(dates[:8]):
    n=[48,72,24,48,96,72,48,24][i]
    row(f"Defendants shall respond within {n} hours of this order.",o,count(o,n,'hours',1),"6(a)(2)","order-date")
# 6 no later than / not later than / following / from / after / hereof
for i,o in enumerate(dates):
    cue=["No later than","Not later than","Within","Within","No later than"][i%5]
    dirr=["after the date of this order","after this order","following the date of this order","from the date of this order","of the date of this Order"][i%5]
    row(f"{cue} sixty (60) days {dirr}, the parties shall file a joint report.",o,count(o,60,'days',1),"measured from the order's dated line","order-date")
for o in dates[:4]:
    row("The parties shall file a stipulation of dismissal within seven (7) days hereof.",o,count(o,7,'days',1),"measured from the order's dated line","order-date")
# 7 entry of this order (no stamp: dated line)
for o in dates[:8]:
    row("The parties shall file a joint status report within fourteen (14) days from the date of entry of this order.",o,count(o,14,'days',1),"no CM/ECF stamp is printed","entry")
# 8 backward: before a printed hearing date
evs=[D(2025,2,14),D(2025,3,3),D(2025,5,27),D(2025,7,7),D(2025,1,2),D(2025,9,15),D(2025,11,28),D(2026,1,20),D(2025,2,18),D(2024,12,2),D(2025,6,23),D(2025,10,14)]
for i,e in enumerate(evs):
    o=e-dt.timedelta(days=30)
    n=[7,14,21,10,7,14,5,7,3,28,14,10][i]
    form=[f"{W.get(n,str(n))} ({n})",str(n)][i%2]
    tail=[f"the hearing set for {longd(e)}",f"the status conference on {longd(e)} at 9:00 a.m.",f"the trial date of {longd(e)}",f"the {longd(e)} hearing"][i%4]
    cue=["no later than","at least","not later than","no fewer than"][i%4]
    dirr=["before","prior to","in advance of","before"][i%4]
    row(f"The parties shall file their joint statement {cue} {form} days {dirr} {tail}.",o,count(e,n,'days',-1),"counting backward" if closed(e-dt.timedelta(days=n)) else "before","event-date")
for i,e in enumerate(evs[:6]):
    o=e-dt.timedelta(days=40)
    row(f"Plaintiff shall lodge exhibits five (5) court days before the hearing set for {longd(e)}.",o,count(e,5,'court',-1),"court days before","event-date")
# after a printed event date
for i,e in enumerate(evs[:6]):
    o=e-dt.timedelta(days=20)
    row(f"The parties shall file supplemental briefs within seven (7) days after the hearing set for {longd(e)}.",o,count(e,7,'days',1),"measured from the hearing","event-date")
# 9 fixed dates
fx=[D(2025,5,1),D(2025,6,30),D(2025,3,15),D(2026,1,5),D(2025,12,25),D(2024,9,3),D(2025,8,29),D(2027,2,1)]
for i,f in enumerate(fx):
    o=D(2025,1,15) if f.year>=2025 else D(2024,6,3)
    cue=["on or before","by","no later than","not later than 5:00 p.m. on"][i%4]
    row(f"The parties shall file a joint status report {cue} {longd(f)}.",o,f,"sets the date","fixed-date")
for i,f in enumerate(fx[:4]):
    row(f"Defendant shall file its answer by {f.month}/{f.day}/{f.year}.",D(2025,1,15) if f.year>=2025 else D(2024,6,3),f,"sets the date","fixed-date")
for f in fx[:3]:
    row(f"The parties shall complete discovery before {longd(f)}.",D(2024,6,3),f-dt.timedelta(1),"so the last day is","fixed-date")
# 10 events without a date
evt=["completion of the VDRP session","the conclusion of arbitration","the Ninth Circuit's mandate","the California Supreme Court's decision","the final resolution of the state court action","issuance of the mandate"]
for i,e in enumerate(evt):
    row(f"The parties shall file a joint status report within fourteen (14) days after {e}.",dates[i],None,"not in the order","event")
for i,e in enumerate(evt[:4]):
    row(f"No later than thirty (30) days following {e}, the parties shall notify the Court.",dates[i],None,"not in the order","event")
# 11 service
for o in dates[:5]:
    row("Respondent shall file a response within sixty (60) days of service of this order.",o,None,"date of service is not in the order","service")
# 12 recurring
for i,o in enumerate(dates[:6]):
    row("Petitioner shall file a status report every ninety (90) days until the stay is lifted.",o,count(o,90,'days',1),"recurring","order-date")
for i,o in enumerate(dates[:6]):
    row("The parties shall file a joint status report within thirty (30) days, and every sixty (60) days thereafter.",o,count(o,30,'days',1),"recurring","order-date")
# 13 not understood
bad=["The parties shall file a report within fourteen (15) days of this order.",
     "The parties shall file a report within thirty (30) days of this order or of the arbitrator's award, whichever is later.",
     "Plaintiff shall file an amended complaint within a reasonable number of days.",
     "The parties shall file a report within several days after the ruling."]
for b in bad:
    for o in dates[:3]:
        row(b,o,None,None,None,"deadline-not-understood")
print(len(rows))
def cs(s): return '"'+s.replace('\\','\\\\').replace('"','\\"')+'"'
out=[]
for (t,o,due,frag,anchor,warn) in rows:
    out.append(f"        [{cs(t)}, {cs(o.isoformat())}, {cs(due.isoformat()) if due else 'null'}, {cs(frag) if frag else 'null'}, {cs(anchor) if anchor else 'null'}, {cs(warn) if warn else 'null'}],")
src='''// Generated by generate_phrase_table.py (next to this file): expected dates come from an independent
// Python computation of Rule 6(a) with its own federal and California holiday lists, then spot-checked by hand.
namespace CaseStay.Extract.Tests.Deadlines;

public static class DeadlinePhraseTable
{
    /// <summary>(directive sentence, dated line, expected due or null, explanation fragment, anchor, expected warning).</summary>
    public static TheoryData<string, string, string?, string?, string?, string?> Rows => new()
    {
''' + "\n".join(out).replace("        [","        {").replace("],","},") + '''
    };
}
'''
src=src.replace("TheoryData<string, string, string?, string?, string?, string?> Rows => new()","Xunit.TheoryData<string, string, string?, string?, string?, string?> Rows => new()")
open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)),'DeadlinePhraseTable.cs'),'w').write(src)
