document.getElementById('app')!.textContent = 'Newsclip';
