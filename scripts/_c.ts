import nlp from 'compromise';
for (const t of ['Receptionist','Overnight','Rn','EMT','DSP','Food Technologist','Remote','Home Based','2-4 years','Social Media Manager','Nurse','Cashier','Driver','Warehouse Associates','Barista','Hybrid','Contract','Part-Time','Paralegal','Night Shift','Bilingual', 'Spanish speaking','Intern']) {
  const d = nlp(t); console.log(t.padEnd(22), d.has('#Actor'), JSON.stringify(d.json()[0]?.terms.map((x:any)=>x.tags)));
}
