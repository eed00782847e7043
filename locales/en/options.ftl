# The overview and the page of each legal option. One message per paragraph.
# Every option is described with the same care; none is recommended over another.

## Overview

overview-title = All your options
overview-intro = Depending on your situation, there may be several ways forward. Here they are, side by side. Open each one to read what it means.
overview-equal = No option is better for everyone. What is right depends on your own life, and the choice is yours.
overview-take-time = You do not need to decide today. You can read, ask questions and come back.

## Seeking protection (asylum)

option-asylum-title = Ask for protection (asylum)
option-asylum-summary = If you are afraid of serious harm in your country, you can ask this country to protect you.
option-asylum-meaning = Asylum is protection for people who cannot be safe in their own country, for example because of war, persecution, or threats to their life or freedom. If you are given protection, you can stay legally.
option-asylum-requires = You tell the authorities why you cannot go back, in an interview, with an interpreter if you need one. Documents or other proof help, but you can apply without them.
option-asylum-deadlines = Ask as soon as you can. Some countries have time limits, and waiting can make your case harder to explain.
option-asylum-ask = A lawyer, a legal aid organisation or a counsellor here can explain the procedure and help you prepare. This help is often free.

## Appeal and remedies

option-appeal-title = Challenge a decision (appeal)
option-appeal-summary = If your application was refused, you may be able to ask for the decision to be checked again.
option-appeal-meaning = An appeal asks a court or another authority to look at your case again. While an appeal is being decided, you can often stay in the country.
option-appeal-requires = You usually need to explain what was wrong with the decision. A lawyer can write the appeal for you.
option-appeal-deadlines = Deadlines for an appeal are short, sometimes only a few days or weeks. The deadline is written on your decision letter. Look at it today.
option-appeal-ask = Show your decision letter to a lawyer, a legal aid organisation or a counsellor as soon as possible.

## Other legal stay

option-other-stay-title = Other ways to stay legally
option-other-stay-summary = You may be able to stay for family, work, studies, health or other humanitarian reasons.
option-other-stay-meaning = Besides asylum, there are other permits to stay. For example, if close family members live here legally, if you have a job offer or a place to study, or if you are seriously ill and cannot get treatment at home.
option-other-stay-requires = Each permit has its own conditions, such as documents, an income, or proof of family ties.
option-other-stay-deadlines = Some permits must be asked for before your current permit ends or before other deadlines. Ask early.
option-other-stay-ask = A counsellor or a legal aid organisation can tell you which permits might fit your situation.

## Assisted voluntary return and reintegration

option-voluntary-return-title = Go back with help (voluntary return)
option-voluntary-return-summary = If you decide to go back to your country, you can get help with the journey and with starting again.
option-voluntary-return-meaning = You choose to go back, and you get support: help with travel documents, the journey, arrival, and often help to rebuild your life after you arrive.
option-voluntary-return-requires = You give your consent freely, after you have seen all your options. You can change your mind until you leave.
option-voluntary-return-deadlines = There is always a time to think after you sign before your consent counts. Preparing the journey usually takes a few weeks.
option-voluntary-return-ask = A counsellor can explain the support in your country and answer your questions before you decide.

## Third country

option-third-country-title = Move to another country
option-third-country-summary = In some cases you may be able to move legally to a different country, for example to join family.
option-third-country-meaning = Some people can go to a third country through family reunification, resettlement programmes, or other legal ways such as work or study.
option-third-country-requires = These ways have strict conditions and often long waiting times. Not everyone can use them.
option-third-country-deadlines = Family reunification sometimes has a time limit that starts when a family member gets protection. Ask about it early.
option-third-country-ask = A counsellor or a legal aid organisation can tell you whether one of these ways might be open to you.

## No decision

option-no-decision-title = If you do not decide
option-no-decision-summary = It is important to know what can happen if you take no step at all.
option-no-decision-meaning = If you have no right to stay and take no step, the authorities may decide what happens next. This can include a forced return, which is carried out by the state, not by the organisations that offer voluntary return.
option-no-decision-requires = Even then, you keep your basic rights, and you can still ask for legal advice at any time.
option-no-decision-deadlines = Letters from the authorities may name a date by which you must leave. Show any letter you receive to a counsellor or a lawyer.
option-no-decision-ask = If you are unsure about your situation, a counsellor can help you understand it. Asking is free and does not commit you to anything.

## Limits, legal help, rights, and what a return changes

option-asylum-start = How to start: tell the staff here, or go to the office under "Get legal help". You can ask at any time before you leave.
option-appeal-start = How to start: today, show your decision letter to a lawyer or a legal aid organisation under "Get legal help". The letter says where to send the appeal and by when.

## The time limit on the asylum and appeal pages, from deployment.toml

# $days: a number of days the deployment set (asylum_deadline, appeal_deadline).
option-deadline-days = { $days ->
        [one] The time limit in this country: { $days } day. Legal help can tell you from which day it counts for you.
       *[other] The time limit in this country: { $days } days. Legal help can tell you from which day it counts for you.
    }
# $deadline: the deadline in the deployment's own words, shown as written.
option-deadline-text = The time limit in this country: { $deadline }
# When the deployment has not written the deadline: never a guessed number.
option-deadline-unknown = This kiosk does not know the time limit that applies to you. Ask legal help for it today, before it runs out.
